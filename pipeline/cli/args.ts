/**
 * A small, strict command-line parser: `--name value`, `--name=value` and boolean
 * flags. Unknown options, missing values and stray arguments are `DataError`s
 * (stage "options"), so the command exits 2 with a clear message.
 * @module
 */
import { DataError } from "../errors.ts";

/** What an option takes. */
export interface OptionSpec {
  kind: "string" | "integer" | "flag";
  /** For integers: inclusive bounds. */
  min?: number;
  max?: number;
}

/** Parsed options: strings, integers or `true` for flags; absent when not given. */
export type ParsedArgs = Record<string, string | number | boolean | undefined>;

/** Parses `args` against `specs` (keyed by option name without the dashes). */
export function parseArgs(args: string[], specs: Record<string, OptionSpec>): ParsedArgs {
  const out: ParsedArgs = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const match = /^--([a-z][a-z-]*)(?:=(.*))?$/.exec(arg);
    if (!match || !(match[1] in specs)) {
      throw new DataError(`unknown option ${JSON.stringify(arg)}`, {
        stage: "options",
        expected: Object.keys(specs).map((name) => `--${name}`).join(", "),
        hint: "see --help",
      });
    }
    const [, name, inline] = match;
    const spec = specs[name];
    if (spec.kind === "flag") {
      if (inline !== undefined) {
        throw new DataError(`--${name} takes no value`, { stage: "options", found: arg });
      }
      out[name] = true;
      continue;
    }
    const value = inline ?? args[++i];
    if (value === undefined || (inline === undefined && value.startsWith("--"))) {
      throw new DataError(`--${name} needs a value`, { stage: "options", hint: "see --help" });
    }
    if (spec.kind === "string") {
      if (value === "") throw new DataError(`--${name} is empty`, { stage: "options" });
      out[name] = value;
      continue;
    }
    const number = /^\d+$/.test(value) ? Number(value) : NaN;
    const min = spec.min ?? 0, max = spec.max ?? Number.MAX_SAFE_INTEGER;
    if (!Number.isSafeInteger(number) || number < min || number > max) {
      throw new DataError(`--${name} must be a whole number from ${min} to ${max}`, {
        stage: "options",
        found: value,
      });
    }
    out[name] = number;
  }
  return out;
}
