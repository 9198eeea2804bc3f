/**
 * The version ledger of an output folder: `versions.json` (every version in the order
 * it was first written, with its predecessor and key estimates) and `index.html` (the
 * list, newest first). Updated under a lock file and written atomically, so concurrent
 * runs neither lose entries nor leave a half-written ledger.
 * @module
 */
import { escapeHtml } from "../report/escape.ts";
import { keyEstimates } from "../report/key_estimates.ts";
import type { Results } from "../results/types.ts";

/** One version in the ledger. */
export interface LedgerEntry {
  version: string;
  previous: string | null;
  studyId: string;
  studyTitle: string;
  synthetic: boolean;
  keyEstimates: Record<string, number | null>;
}

/** The ledger file's content. */
export interface Ledger {
  schemaVersion: 1;
  versions: LedgerEntry[];
}

/** Reads `outDir/versions.json`; an empty ledger when there is none. */
export async function readLedger(outDir: string): Promise<Ledger> {
  try {
    const ledger = JSON.parse(await Deno.readTextFile(`${outDir}/versions.json`)) as Ledger;
    if (ledger.schemaVersion !== 1 || !Array.isArray(ledger.versions)) {
      throw new Error(`${outDir}/versions.json is not a version ledger`);
    }
    return ledger;
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return { schemaVersion: 1, versions: [] };
    throw error;
  }
}

/**
 * Adds `entry` (if new) to the ledger and rewrites versions.json and index.html. Complete
 * version folders missing from the ledger (a run killed between writing its folder and
 * recording it) are recorded first, so no version is lost.
 */
export async function recordVersion(outDir: string, entry: LedgerEntry): Promise<void> {
  await _withLock(`${outDir}/.ledger.lock`, async () => {
    const ledger = await readLedger(outDir);
    const known = new Set(ledger.versions.map((v) => v.version));
    for (const orphan of await _unrecorded(outDir, known)) {
      if (orphan.version !== entry.version) ledger.versions.push(orphan);
      known.add(orphan.version);
    }
    if (!ledger.versions.some((v) => v.version === entry.version)) ledger.versions.push(entry);
    await _writeAtomic(`${outDir}/versions.json`, JSON.stringify(ledger, null, 2) + "\n");
    await _writeAtomic(`${outDir}/index.html`, renderLedger(ledger));
  });
}

/** Which key estimates the index shows: the sample size and the indirect effects. */
const _HEADLINE =
  /^sample: n analysed$|^mediation [^:]+: indirect(:total)? (estimate|\[percentile bootstrap\])/;

/** The ledger as a small self-contained HTML page, newest version first. */
export function renderLedger(ledger: Ledger): string {
  const rows = [...ledger.versions].reverse().map((v) => {
    const estimates = Object.entries(v.keyEstimates)
      .filter(([key]) => _HEADLINE.test(key))
      .map(([k, x]) => `${escapeHtml(k)} = ${x === null ? "—" : escapeHtml(x.toFixed(3))}`)
      .join("; ");
    return `<tr><td><a href="${escapeHtml(v.version)}/index.html">${
      escapeHtml(v.version)
    }</a></td>` +
      `<td>${escapeHtml(v.studyTitle)}${
        v.synthetic ? " <strong>(synthetic data)</strong>" : ""
      }</td>` +
      `<td>${v.previous ? escapeHtml(v.previous) : "—"}</td><td>${estimates}</td></tr>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Report versions</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #8884;padding:.4rem;text-align:left;vertical-align:top}
@media (prefers-color-scheme:dark){body{background:#111;color:#eee}a{color:#8cf}}</style></head>
<body><h1>Report versions</h1><p>Newest first. Each version is a content hash of its inputs,
the pipeline's source and its options; each links the version it followed.</p>
<div style="overflow-x:auto"><table><thead><tr><th>Version</th><th>Study</th><th>Previous</th><th>Key estimates</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody></table></div></body></html>
`;
}

/** Ledger entries rebuilt from complete version folders the ledger does not list. */
async function _unrecorded(outDir: string, known: Set<string>): Promise<LedgerEntry[]> {
  const names: string[] = [];
  for await (const e of Deno.readDir(outDir)) {
    if (e.isDirectory && !e.name.startsWith(".") && !known.has(e.name)) names.push(e.name);
  }
  const entries: LedgerEntry[] = [];
  for (const name of names.sort()) {
    try {
      const manifest = JSON.parse(await Deno.readTextFile(`${outDir}/${name}/manifest.json`));
      const results: Results = JSON.parse(
        await Deno.readTextFile(`${outDir}/${name}/results.json`),
      );
      if (manifest.version !== name) continue;
      entries.push({
        version: name,
        previous: manifest.previous ?? null,
        studyId: results.study.id,
        studyTitle: results.study.title,
        synthetic: results.synthetic,
        keyEstimates: keyEstimates(results),
      });
    } catch {
      // Not a version folder of ours: leave it alone.
    }
  }
  return entries;
}

async function _writeAtomic(path: string, text: string): Promise<void> {
  const temporary = `${path}.tmp-${Deno.pid}`;
  await Deno.writeTextFile(temporary, text);
  await Deno.rename(temporary, path);
}

/** Runs `work` holding an exclusive lock file; waits up to ~30 s for another holder. */
async function _withLock(lock: string, work: () => Promise<void>): Promise<void> {
  for (let attempt = 0;; attempt++) {
    try {
      const file = await Deno.open(lock, { createNew: true, write: true });
      file.close();
      break;
    } catch (error) {
      if (!(error instanceof Deno.errors.AlreadyExists)) throw error;
      if (attempt === 0) await _breakStaleLock(lock);
      if (attempt > 600) {
        throw new Error(`could not take the lock ${lock}; remove it if no run is active`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  try {
    await work();
  } finally {
    await Deno.remove(lock).catch(() => {});
  }
}

/** A lock left by a killed run (older than a minute) is removed. */
async function _breakStaleLock(lock: string): Promise<void> {
  try {
    const info = await Deno.stat(lock);
    const age = Date.now() - (info.mtime?.getTime() ?? Date.now());
    if (age > 60_000) await Deno.remove(lock);
  } catch {
    // Already gone.
  }
}
