/**
 * Writing one version folder atomically: files go to a temporary folder beside the
 * target, which is renamed into place only when complete, so an interrupted run leaves
 * no half-written version. An existing version is never overwritten: it is checked
 * byte for byte against what this run produced — except the `gitCommit` field of
 * manifest.json, which records where the run happened rather than what it produced.
 * @module
 */

/** Raised when an existing version differs from a re-run with the same inputs. */
export class ReproducibilityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReproducibilityError";
  }
}

/** What happened to the version folder. */
export interface WriteOutcome {
  path: string;
  status: "written" | "verified";
}

/**
 * Writes `files` (relative path → content) as folder `outDir/version`, or verifies an
 * existing one. Throws `ReproducibilityError` if an existing folder differs.
 */
export async function writeVersion(
  outDir: string,
  version: string,
  files: Record<string, string | Uint8Array>,
): Promise<WriteOutcome> {
  const target = `${outDir}/${version}`;
  const encoded = Object.fromEntries(
    Object.entries(files).map(([name, content]) => [
      name,
      typeof content === "string" ? new TextEncoder().encode(content) : content,
    ]),
  );
  if (await _exists(target)) return await _verify(target, encoded);
  await Deno.mkdir(outDir, { recursive: true });
  const temporary = `${outDir}/.tmp-${version}-${Deno.pid}`;
  await Deno.remove(temporary, { recursive: true }).catch(() => {});
  try {
    for (const [name, bytes] of Object.entries(encoded)) {
      const slash = name.lastIndexOf("/");
      if (slash > 0) await Deno.mkdir(`${temporary}/${name.slice(0, slash)}`, { recursive: true });
      else await Deno.mkdir(temporary, { recursive: true });
      await Deno.writeFile(`${temporary}/${name}`, bytes);
    }
    await Deno.rename(temporary, target);
    return { path: target, status: "written" };
  } catch (error) {
    await Deno.remove(temporary, { recursive: true }).catch(() => {});
    // Another run may have written the same version first: then check it.
    if (await _exists(target)) return await _verify(target, encoded);
    throw error;
  }
}

async function _verify(target: string, files: Record<string, Uint8Array>): Promise<WriteOutcome> {
  const existing = await _listFiles(target);
  const expected = Object.keys(files).sort();
  const extra = existing.filter((name) => !(name in files));
  const missing = expected.filter((name) => !existing.includes(name));
  const differing: string[] = [];
  for (const name of expected) {
    if (missing.includes(name)) continue;
    const bytes = await Deno.readFile(`${target}/${name}`);
    if (!_equal(comparable(name, bytes), comparable(name, files[name]))) differing.push(name);
  }
  if (extra.length + missing.length + differing.length > 0) {
    throw new ReproducibilityError(
      `${target} exists but differs from this run with the same inputs: ` +
        [
          differing.length ? `different: ${differing.join(", ")}` : "",
          missing.length ? `missing: ${missing.join(", ")}` : "",
          extra.length ? `unexpected: ${extra.join(", ")}` : "",
        ].filter(Boolean).join("; "),
    );
  }
  return { path: target, status: "verified" };
}

/** The bytes compared for `name`: manifest.json without its gitCommit field. */
export function comparable(name: string, bytes: Uint8Array): Uint8Array {
  if (name !== "manifest.json") return bytes;
  try {
    const manifest = JSON.parse(new TextDecoder().decode(bytes));
    delete manifest.gitCommit;
    return new TextEncoder().encode(JSON.stringify(manifest));
  } catch {
    return bytes;
  }
}

async function _listFiles(dir: string, prefix = ""): Promise<string[]> {
  const names: string[] = [];
  for await (const entry of Deno.readDir(dir)) {
    const name = prefix + entry.name;
    if (entry.isDirectory) names.push(...await _listFiles(`${dir}/${entry.name}`, `${name}/`));
    else names.push(name);
  }
  return names.sort();
}

async function _exists(path: string): Promise<boolean> {
  try {
    await Deno.stat(path);
    return true;
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return false;
    throw error;
  }
}

function _equal(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
