/**
 * Provenance: hashes of everything that determines a run's output, the version id
 * derived from them, and the git commit when the project is a git checkout.
 * Hashing happens before any stage runs (DVC's lesson: hash inputs, not outputs).
 * @module
 */

/** SHA-256 of bytes, as lowercase hex. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * The pipeline's own source: every file under `pipeline/` and `notebooks/` (the report
 * links the notebooks' exports), plus deno.json and deno.lock.
 */
export async function sourceFingerprint(
  root = ".",
): Promise<{ sha256: string; lockSha256: string }> {
  const notebooks = await _listFiles(`${root}/notebooks`, "notebooks").catch(() => []);
  const files = [
    ...await _listFiles(`${root}/pipeline`, "pipeline"),
    ...notebooks,
    "deno.json",
    "deno.lock",
  ].sort();
  const parts: Uint8Array[] = [];
  for (const file of files) {
    parts.push(new TextEncoder().encode(file), await Deno.readFile(`${root}/${file}`));
  }
  return {
    sha256: await sha256Hex(_frame(parts)),
    lockSha256: await sha256Hex(await Deno.readFile(`${root}/deno.lock`)),
  };
}

/** Everything that determines the output of `reproduce`. */
export interface VersionInputs {
  studyBytes: Uint8Array;
  dataBytes: Uint8Array;
  settings: unknown;
  sourceSha256: string;
  denoVersion: string;
}

/** The version id: the first 16 hex digits of SHA-256 over the length-framed inputs. */
export async function versionId(inputs: VersionInputs): Promise<string> {
  const text = (value: string) => new TextEncoder().encode(value);
  const framed = _frame([
    inputs.studyBytes,
    inputs.dataBytes,
    text(JSON.stringify(inputs.settings)),
    text(inputs.sourceSha256),
    text(inputs.denoVersion),
  ]);
  return (await sha256Hex(framed)).slice(0, 16);
}

/** The commit checked out in `root`, read from .git without running git; null if none. */
export async function gitCommit(root = "."): Promise<string | null> {
  try {
    const head = (await Deno.readTextFile(`${root}/.git/HEAD`)).trim();
    if (/^[0-9a-f]{40}$/.test(head)) return head;
    const ref = /^ref: (.+)$/.exec(head)?.[1];
    if (!ref) return null;
    try {
      return (await Deno.readTextFile(`${root}/.git/${ref}`)).trim();
    } catch {
      const packed = await Deno.readTextFile(`${root}/.git/packed-refs`);
      return packed.split("\n").find((line) => line.endsWith(` ${ref}`))?.slice(0, 40) ?? null;
    }
  } catch {
    return null;
  }
}

/** Concatenates parts, each preceded by its length (so boundaries cannot shift). */
function _frame(parts: Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, p) => sum + p.length + 8, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let offset = 0;
  for (const part of parts) {
    view.setBigUint64(offset, BigInt(part.length));
    out.set(part, offset + 8);
    offset += part.length + 8;
  }
  return out;
}

async function _listFiles(dir: string, prefix: string): Promise<string[]> {
  const out: string[] = [];
  for await (const entry of Deno.readDir(dir)) {
    if (entry.isDirectory) {
      out.push(...await _listFiles(`${dir}/${entry.name}`, `${prefix}/${entry.name}`));
    } else if (entry.isFile) out.push(`${prefix}/${entry.name}`);
  }
  return out;
}
