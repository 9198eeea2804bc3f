/**
 * The `simulate` command.
 * @module
 */
import { parseArgs } from "../cli/args.ts";
import { DataError } from "../errors.ts";
import { loadStudy } from "../study/mod.ts";
import { MIN_N_WITH_PROBLEMS, SIMULATE_DEFAULTS } from "./options.ts";
import { simulateToFile } from "./simulate_to_file.ts";
import type { SimulationSummary } from "./types.ts";

/** Largest --n accepted (about 15 GB of CSV for the shipped study). */
export const MAX_N = 100_000_000;

export const SIMULATE_HELP = `deno task simulate [options]

Writes a SYNTHETIC item-level data file for a study (not real participants' data):
latent scores from the path model X -> M -> Y, items cut from them, demographics,
and (unless --no-problems) injected data problems for the cleaner to find.
The same options always give the same file, byte for byte. The last line printed
is the path of the file written.

Options:
  --study FILE       study definition (default: data/study.json)
  --out FILE         file to write (default: the data file the study names)
  --n N              distinct participants (default: ${SIMULATE_DEFAULTS.n})
  --seed N           seed, 0 to 4294967295 (default: the study's analysis.seed)
  --no-problems      write clean data: no empty cells, missing codes, out-of-range
                     values, duplicate row, blank line or near-empty participant
  --help             show this text

Exit codes: 0 success; 2 bad input or options (message on stderr); 1 internal error.
`;

/** The `simulate` command: returns the exit code (0, or 2 with a message on stderr). */
export async function simulateCommand(args: string[]): Promise<number> {
  try {
    return await _run(args);
  } catch (error) {
    if (error instanceof DataError) {
      console.error(error.format());
      return 2;
    }
    throw error;
  }
}

async function _run(args: string[]): Promise<number> {
  const options = parseArgs(args, {
    study: { kind: "string" },
    out: { kind: "string" },
    n: { kind: "integer", min: 1, max: MAX_N },
    seed: { kind: "integer", min: 0, max: 0xffffffff },
    "no-problems": { kind: "flag" },
    help: { kind: "flag" },
  });
  if (options.help) {
    console.log(SIMULATE_HELP);
    return 0;
  }
  const problems = options["no-problems"] !== true;
  const n = options.n as number | undefined;
  if (problems && n !== undefined && n < MIN_N_WITH_PROBLEMS) {
    throw new DataError(`--n must be at least ${MIN_N_WITH_PROBLEMS} when problems are injected`, {
      stage: "options",
      found: String(n),
      expected: `${MIN_N_WITH_PROBLEMS} or more`,
      hint: "use a larger --n, or add --no-problems",
    });
  }
  const study = await loadStudy((options.study as string | undefined) ?? "data/study.json");
  const out = (options.out as string | undefined) ?? study.data;
  // Fail before the work, not after it: writing and renaming need read and write access.
  for (const name of ["read", "write"] as const) {
    if (Deno.permissions.querySync({ name, path: out }).state !== "granted") {
      throw _writeError(new Deno.errors.NotCapable(`${name} access to ${out}`), out);
    }
  }
  let summary: SimulationSummary;
  try {
    summary = await simulateToFile(
      study,
      { n, seed: options.seed as number | undefined, problems },
      out,
    );
  } catch (error) {
    throw _writeError(error, out);
  }
  console.log(_describe(summary));
  console.log(out);
  return 0;
}

function _describe(s: SimulationSummary): string {
  const head = `SYNTHETIC DATA — ${s.study}: ${s.n} participants (${s.nAnalysable} analysable), ` +
    `seed ${s.seed}`;
  if (!s.problems) return `${head}; no problems injected`;
  return `${head}\ninjected: ${s.counts.empty} empty cells, ${s.counts.missingCode} missing codes, ` +
    `${s.counts.outOfRange} out-of-range values, a duplicate of ${s.duplicate!.id} ` +
    `(row ${s.duplicate!.copyRow}), a blank line (row ${s.blankLine!.row}), ` +
    `a near-empty participant ${s.nearEmpty!.id} (row ${s.nearEmpty!.row})`;
}

function _writeError(error: unknown, out: string): unknown {
  if (error instanceof Deno.errors.NotCapable || error instanceof Deno.errors.PermissionDenied) {
    return new DataError("not allowed to write the output file", {
      stage: "options",
      file: out,
      hint: "the simulate task may write only under data/; use --out data/... or run deno with " +
        "--allow-read and --allow-write for your folder",
    });
  }
  if (error instanceof Deno.errors.NotFound || error instanceof Deno.errors.IsADirectory) {
    return new DataError(`cannot write the output file (${(error as Error).message})`, {
      stage: "options",
      file: out,
      hint: "give the path of a file in an existing, writable folder",
    });
  }
  return error;
}
