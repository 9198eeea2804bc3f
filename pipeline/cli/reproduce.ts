/**
 * `reproduce`: runs the pipeline on a study and writes a version folder.
 * @module
 */
import { DataError } from "../errors.ts";
import { readInputFile } from "../io/read_input.ts";
import { writeVersion } from "../output/write_version.ts";
import { dataFiles } from "../output/files.ts";
import { analyse } from "../run.ts";
import { loadStudy } from "../study/load.ts";
import { parseArgs } from "./args.ts";
import { versionId } from "./version.ts";

export const REPRODUCE_HELP = `deno task reproduce [options]

Runs the analysis of a study and writes its outputs into a new version folder
under the output folder. The last line printed is the path of that folder.

Options:
  --study FILE       study definition (default: data/study.json)
  --data FILE        data file (default: the file the study names)
  --out DIR          output folder (default: reports)
  --seed N           seed of the random generator (default: the study's)
  --resamples B      bootstrap resamples (default: the study's)
  --help             show this text

Exit codes: 0 success; 2 bad input or options (message on stderr); 1 internal
error or a reproducibility failure (an existing version differs from this run).
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
  const studyPath = (options.study as string | undefined) ?? "data/study.json";
  const loaded = await loadStudy(studyPath);
  const study = options.data ? { ...loaded, data: options.data as string } : loaded;
  const [studyBytes, dataBytes] = [
    await readInputFile(studyPath, "study"),
    await readInputFile(study.data, "ingest"),
  ];
  const runOptions = {
    seed: options.seed as number | undefined,
    resamples: options.resamples as number | undefined,
  };
  const analysis = await analyse(study, dataBytes, runOptions);
  const version = await versionId({ studyBytes, dataBytes, settings: analysis.results.settings });
  const outDir = (options.out as string | undefined) ?? "reports";
  let outcome;
  try {
    outcome = await writeVersion(outDir, version, dataFiles(analysis));
  } catch (error) {
    if (error instanceof Deno.errors.NotCapable || error instanceof Deno.errors.PermissionDenied) {
      throw new DataError("not allowed to read and write the output folder", {
        stage: "options",
        file: outDir,
        hint: "the reproduce task may write only under reports/; use --out reports/... or " +
          "run deno with --allow-write for your folder",
      });
    }
    throw error;
  }
  const { nRead, nAnalysed, nExcluded } = analysis.data.flow;
  console.log(
    `${study.synthetic ? "SYNTHETIC DATA — " : ""}${study.id}: ${nRead} rows read, ` +
      `${nAnalysed} analysed, ${nExcluded} excluded`,
  );
  console.log(outcome.status === "verified" ? "version exists and matches this run" : "written");
  console.log(outcome.path);
  return 0;
}
