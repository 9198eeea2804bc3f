/**
 * The command line: `reproduce` (run the analysis and write a version folder), `verify`
 * (re-run the shipped study and compare with the committed version) and `simulate`
 * (write synthetic data) and `power` (power of a mediation design by simulation). Exit codes: 0 success, 2 bad input or options
 * (one clear message on stderr, no stack trace), 1 internal error.
 * @module
 */
import { DataError } from "./errors.ts";
import { reproduceCommand } from "./cli/reproduce.ts";
import { verifyCommand } from "./cli/verify.ts";

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  reproduce: reproduceCommand,
  verify: verifyCommand,
  simulate: async (args) => (await import("./simulate/mod.ts")).simulateCommand(args),
  power: async (args) => (await import("./power/mod.ts")).powerCommand(args),
  notebooks: async (args) => (await import("./cli/notebooks.ts")).notebooksCommand(args),
};

/** Runs a command and returns its exit code, printing errors as the contract says. */
export async function main(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  const command = COMMANDS[name];
  if (!command) {
    console.error(`usage: cli.ts <${Object.keys(COMMANDS).join("|")}> [options] (--help for each)`);
    return 2;
  }
  try {
    return await command(rest);
  } catch (error) {
    if (error instanceof DataError) {
      console.error(error.format());
      return 2;
    }
    console.error(`internal error: ${(error as Error)?.message ?? error}`);
    console.error("This is a bug in the pipeline, not in your data: please report it.");
    return 1;
  }
}

if (import.meta.main) Deno.exit(await main(Deno.args));
