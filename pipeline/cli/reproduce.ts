/**
 * `reproduce`: runs the pipeline on a study and writes (or verifies) a version folder,
 * then records it in the output folder's ledger (versions.json, index.html).
 * @module
 */
import { DataError } from "../errors.ts";
import { readLedger, recordVersion } from "../output/ledger.ts";
import { ReproducibilityError, writeVersion } from "../output/write_version.ts";
import { parseArgs } from "./args.ts";
import { produce } from "./produce.ts";

export const REPRODUCE_HELP = `deno task reproduce [options]

Runs the analysis of a study and writes its outputs into a version folder under the
output folder: OUT/<version>/ with index.html (the report), results.json, scores.csv,
items.csv, cleaned.csv, audit.csv and manifest.json. The version is a content hash of
the study file, the data, the options, the pipeline's source and the Deno version; if
it exists already, the run checks that it produces the same bytes. The last line
printed is the path of the version folder.

Options:
  --study FILE       study definition (default: data/study.json)
  --data FILE        data file (default: the file the study names)
  --out DIR          output folder (default: reports)
  --seed N           seed of the random generator (default: the study's)
  --resamples B      bootstrap resamples, 100 to 10,000,000 (default: the study's)
  --help             show this text

Exit codes: 0 success; 2 bad input or options (message on stderr, nothing written);
1 internal error, or an existing version that differs from this run (a
reproducibility failure).
`;

/** The `reproduce` command; returns the exit code. */
export async function reproduceCommand(args: string[]): Promise<number> {
  const options = parseArgs(args, {
    study: { kind: "string" },
    data: { kind: "string" },
    out: { kind: "string" },
    seed: { kind: "integer", min: 0, max: 0xffffffff },
    resamples: { kind: "integer", min: 100, max: 10_000_000 },
    help: { kind: "flag" },
  });
  if (options.help) {
    console.log(REPRODUCE_HELP);
    return 0;
  }
  const outDir = (options.out as string | undefined) ?? "reports";
  const ledger = await _guard(outDir, () => readLedger(outDir));
  const produced = await produce({
    studyPath: (options.study as string | undefined) ?? "data/study.json",
    dataPath: options.data as string | undefined,
    seed: options.seed as number | undefined,
    resamples: options.resamples as number | undefined,
  }, ledger);
  let outcome;
  try {
    outcome = await _guard(outDir, () => writeVersion(outDir, produced.version, produced.files));
  } catch (error) {
    if (error instanceof ReproducibilityError) {
      console.error(`reproducibility failure: ${error.message}`);
      return 1;
    }
    throw error;
  }
  await _guard(outDir, () => recordVersion(outDir, produced.entry));
  const { results, study } = produced.analysis;
  console.log(
    `${study.synthetic ? "SYNTHETIC DATA — " : ""}${study.id}: ${results.sample.nRaw} rows read, ` +
      `${results.sample.nAnalysed} analysed, ${results.sample.nExcluded} excluded`,
  );
  console.log(
    outcome.status === "verified"
      ? "this version exists and this run reproduced it byte for byte"
      : "new version written",
  );
  console.log(outcome.path);
  return 0;
}

/** Turns a permission failure on the output folder into a DataError with a fix. */
async function _guard<T>(outDir: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Deno.errors.NotCapable || error instanceof Deno.errors.PermissionDenied) {
      throw new DataError("not allowed to read and write the output folder", {
        stage: "options",
        file: outDir,
        hint: "the reproduce task may write only under reports/; use --out reports/... or " +
          "run deno with --allow-read and --allow-write for your folder",
      });
    }
    throw error;
  }
}
