/**
 * Producing a version: inputs → analysis → every file of the version folder, in memory.
 * Shared by `reproduce` (which writes it) and `verify` (which compares it).
 * @module
 */
import { DataError } from "../errors.ts";
import { readInputFile } from "../io/read_input.ts";
import { dataFiles, stableJson } from "../output/files.ts";
import type { Ledger, LedgerEntry } from "../output/ledger.ts";
import { gitCommit, sha256Hex, sourceFingerprint, versionId } from "../output/provenance.ts";
import { keyEstimates, renderReport } from "../report/mod.ts";
import { progressBar } from "../progress/mod.ts";
import { analyse, type Analysis } from "../run.ts";
import { loadStudy } from "../study/load.ts";

/** What `reproduce` needs to know. */
export interface ProduceOptions {
  studyPath: string;
  /** Overrides the data file the study names. */
  dataPath?: string;
  seed?: number;
  resamples?: number;
}

/** A version, ready to be written or compared. */
export interface Produced {
  version: string;
  analysis: Analysis;
  files: Record<string, string>;
  entry: LedgerEntry;
}

/**
 * Runs the analysis and renders every file. The predecessor is the one an existing
 * entry of the same version recorded, else the newest version of the ledger.
 */
export async function produce(options: ProduceOptions, ledger: Ledger): Promise<Produced> {
  const loaded = await loadStudy(options.studyPath);
  const study = options.dataPath ? { ...loaded, data: options.dataPath } : loaded;
  const studyBytes = await readInputFile(options.studyPath, "study");
  const dataBytes = await readInputFile(study.data, "ingest");
  const source = await _fingerprint();
  const analysis = await analyse(study, dataBytes, {
    seed: options.seed,
    resamples: options.resamples,
    progress: progressBar,
  });
  const settings = analysis.results.settings;
  const version = await versionId({
    studyBytes,
    dataBytes,
    settings,
    sourceSha256: source.sha256,
    denoVersion: Deno.version.deno,
  });
  const known = ledger.versions.find((v) => v.version === version);
  const previousId = known ? known.previous : ledger.versions.at(-1)?.version ?? null;
  const previous = ledger.versions.find((v) => v.version === previousId) ?? null;

  const files: Record<string, string> = dataFiles(analysis);
  const inputs = [
    { path: options.studyPath, sha256: await sha256Hex(studyBytes) },
    { path: study.data, sha256: await sha256Hex(dataBytes) },
  ];
  const outputs = await Promise.all(
    Object.entries(files).map(async ([path, text]) => ({
      path,
      sha256: await sha256Hex(new TextEncoder().encode(text)),
    })),
  );
  const runOptions = { study: options.studyPath, data: study.data, ...settings };
  files["index.html"] = await renderReport({
    results: analysis.results,
    figures: analysis.figures,
    study,
    version,
    previous: previous
      ? {
        version: previous.version,
        keyEstimates: previous.keyEstimates,
        href: `../${previous.version}/index.html`,
      }
      : null,
    manifest: {
      files: [...inputs, ...outputs],
      denoVersion: Deno.version.deno,
      lockfileSha256: source.lockSha256,
      options: runOptions,
      // The commit is recorded in manifest.json only: a report cannot contain the commit
      // that adds it, so the HTML stays comparable across commits.
      gitCommit: null,
    },
    notebooks: (await _notebookNames()).map((name) => ({
      name,
      href: `../${NOTEBOOK_EXPORTS}/${version}/${name}.html`,
    })),
  });
  files["manifest.json"] = stableJson({
    schemaVersion: 1,
    version,
    previous: previousId,
    synthetic: study.synthetic,
    inputs,
    outputs: [
      ...outputs,
      {
        path: "index.html",
        sha256: await sha256Hex(new TextEncoder().encode(files["index.html"])),
      },
    ],
    denoVersion: Deno.version.deno,
    lockfileSha256: source.lockSha256,
    pipelineSourceSha256: source.sha256,
    options: runOptions,
    gitCommit: await gitCommit(),
  });
  const entry: LedgerEntry = {
    version,
    previous: previousId,
    studyId: study.id,
    studyTitle: study.title,
    synthetic: study.synthetic,
    keyEstimates: keyEstimates(analysis.results),
  };
  return { version, analysis, files, entry };
}

/** Where `deno task notebooks` writes a version's notebook exports, inside the reports folder. */
export const NOTEBOOK_EXPORTS = "notebooks";

/** The reviewer notebooks (`notebooks/*.ipynb`), by name, sorted; none if the folder is absent. */
async function _notebookNames(): Promise<string[]> {
  const names: string[] = [];
  try {
    for await (const entry of Deno.readDir("notebooks")) {
      if (entry.isFile && entry.name.endsWith(".ipynb")) names.push(entry.name.slice(0, -6));
    }
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
  return names.sort();
}

async function _fingerprint() {
  try {
    return await sourceFingerprint(".");
  } catch (error) {
    throw new DataError(`cannot read the pipeline's own source (${(error as Error).message})`, {
      stage: "options",
      hint: "run from the project folder (the one holding deno.json)",
    });
  }
}
