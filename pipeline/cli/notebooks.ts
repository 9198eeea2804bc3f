/**
 * `notebooks`: executes the reviewer notebooks on the Deno Jupyter kernel with a report
 * version's own options and exports them to HTML under reports/notebooks/<version>/,
 * where that version's report links them. Needs Jupyter (Debian: jupyter-nbconvert,
 * python3-nbclient, jupyter-client, python3-ipykernel). The version folder itself is
 * not touched, so `verify` still compares it byte for byte.
 * @module
 */
import { DataError } from "../errors.ts";
import { readLedger } from "../output/ledger.ts";
import { parseArgs } from "./args.ts";
import { NOTEBOOK_EXPORTS } from "./produce.ts";

export const NOTEBOOKS_HELP = `deno task notebooks [--version V] [--reports DIR]

Executes every notebook in notebooks/ on the Deno kernel with the options of a report
version (default: the newest in DIR/versions.json; DIR defaults to reports) and writes
their HTML exports to DIR/${NOTEBOOK_EXPORTS}/<version>/, which the report links.
Exit codes: 0 success; 2 bad options or no such version; 1 a notebook failed.
`;

/** The `notebooks` command; returns the exit code. */
export async function notebooksCommand(args: string[]): Promise<number> {
  const options = parseArgs(args, {
    version: { kind: "string" },
    reports: { kind: "string" },
    help: { kind: "flag" },
  });
  if (options.help) {
    console.log(NOTEBOOKS_HELP);
    return 0;
  }
  const reports = (options.reports as string | undefined) ?? "reports";
  const ledger = await readLedger(reports);
  const version = (options.version as string | undefined) ?? ledger.versions.at(-1)?.version;
  if (!version || !ledger.versions.some((v) => v.version === version)) {
    throw new DataError(`no report version ${version ?? ""} in ${reports}/versions.json`, {
      stage: "options",
      hint: "run `deno task reproduce` first, or name a version listed in reports/index.html",
    });
  }
  const manifest = JSON.parse(await Deno.readTextFile(`${reports}/${version}/manifest.json`));
  const { study, data, seed, resamples } = manifest.options;
  const { exportNotebooks } = await import("../notebook/export.ts");
  const outDir = `${reports}/${NOTEBOOK_EXPORTS}/${version}`;
  try {
    const links = await exportNotebooks(outDir, { parameters: { study, data, seed, resamples } });
    for (const link of links) console.log(`${outDir}/${link.href}`);
  } catch (error) {
    console.error(`notebooks: ${(error as Error).message}`);
    return 1;
  }
  console.log(outDir);
  return 0;
}
