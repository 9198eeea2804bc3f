/**
 * `verify`: re-runs the shipped study into a temporary folder and compares the result,
 * byte for byte, with the canonical version committed under reports/. Any change in
 * results must therefore be a deliberate, reviewed commit of a new canonical version.
 * @module
 */
import { readLedger } from "../output/ledger.ts";
import { ReproducibilityError, writeVersion } from "../output/write_version.ts";
import { loadStudy } from "../study/load.ts";
import { parseArgs } from "./args.ts";
import { produce } from "./produce.ts";

export const VERIFY_HELP = `deno task verify [--study FILE] [--reports DIR]

Re-runs the study (default data/study.json) into a temporary folder and compares every
file with the newest version of that study in the reports folder (default reports).
Exit 0 when they are identical; 1 when they differ or when this code produces another
version (then run 'deno task reproduce' and commit the new version); 2 on bad options.
`;

/** The `verify` command; returns the exit code. */
export async function verifyCommand(args: string[]): Promise<number> {
  const options = parseArgs(args, {
    study: { kind: "string" },
    reports: { kind: "string" },
    help: { kind: "flag" },
  });
  if (options.help) {
    console.log(VERIFY_HELP);
    return 0;
  }
  const studyPath = (options.study as string | undefined) ?? "data/study.json";
  const reports = (options.reports as string | undefined) ?? "reports";
  const ledger = await readLedger(reports);
  const study = await loadStudy(studyPath);
  const canonical = ledger.versions.findLast((v) => v.studyId === study.id);
  if (!canonical) {
    console.error(`verify: ${reports}/versions.json has no version of study "${study.id}"`);
    return 1;
  }
  const produced = await produce({ studyPath }, ledger);
  if (produced.version !== canonical.version) {
    console.error(
      `verify: the canonical report is version ${canonical.version}, but this code and these ` +
        `inputs produce version ${produced.version} (the study, data, options, pipeline ` +
        `source or Deno version changed). If the change is intended, run ` +
        `'deno task reproduce' and commit the new version under ${reports}/.`,
    );
    return 1;
  }
  const temporary = await Deno.makeTempDir({ dir: reports, prefix: ".verify-" });
  try {
    await writeVersion(temporary, produced.version, produced.files);
    await writeVersion(reports, produced.version, produced.files);
  } catch (error) {
    if (!(error instanceof ReproducibilityError)) throw error;
    console.error(`verify: reproducibility failure: ${error.message}`);
    return 1;
  } finally {
    await Deno.remove(temporary, { recursive: true });
  }
  console.log(`verify: ${reports}/${canonical.version} reproduced byte for byte`);
  return 0;
}
