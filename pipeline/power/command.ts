/**
 * The `power` command: simulated power of a planned X → M → Y study.
 * @module
 */
import { parseArgs } from "../cli/args.ts";
import { DataError } from "../errors.ts";
import { progressBar } from "../progress/mod.ts";
import { POWER_DEFAULTS, POWER_METHODS } from "./options.ts";
import { mediationPower } from "./power.ts";
import type { MonteCarloProportion, PowerMethod, PowerResult } from "./types.ts";

/** Text of `power --help`. */
export const POWER_HELP = `power: simulated power of a test of the indirect effect a·b (X → M → Y)

usage: deno task power --a A --b B --n N [options]

  --a A            standardized X → M path, -1 < A < 1 (required)
  --b B            standardized M → Y path given X, -1 < B < 1 (required)
  --cprime C       standardized direct path X → Y given M (default ${POWER_DEFAULTS.cPrime})
  --n N            sample size of each simulated study, 4 to 100000 (required)
  --method M       ${POWER_METHODS.join(" | ")} (default ${POWER_DEFAULTS.method})
  --studies R      simulated studies per simulation (default ${POWER_DEFAULTS.studies})
  --resamples B    bootstrap resamples per study (default ${POWER_DEFAULTS.resamples})
  --conf L         confidence level of each interval (default ${POWER_DEFAULTS.confLevel})
  --seed S         seed, 0 to 4294967295 (default ${POWER_DEFAULTS.seed})
  --help           this text

X, M and Y are normal with variance 1. Prints the power (share of studies whose interval
excludes 0), the Type I errors when a = 0 and when b = 0, and the coverage of the true a·b,
each with its Monte Carlo standard error.`;

/**
 * Runs `power` with command-line `args` and prints the table; returns the exit code: 0, or 2
 * for bad options (the `DataError`'s `.format()` on stderr, stage "options").
 *
 * @example
 * ```ts
 * import { powerCommand } from "./command.ts";
 * const log = console.error;
 * console.error = () => {};
 * const code = await powerCommand(["--a", "2"]);
 * console.error = log;
 * if (code !== 2) throw new Error();
 * ```
 */
export function powerCommand(args: string[]): Promise<number> {
  try {
    const result = _run(args);
    if (result !== null) console.log(formatPowerTable(result));
    else console.log(POWER_HELP);
    return Promise.resolve(0);
  } catch (error) {
    if (error instanceof DataError) {
      console.error(error.format());
      return Promise.resolve(2);
    }
    throw error;
  }
}

/**
 * The table printed by `power`: one line per quantity with its estimate and Monte Carlo SE.
 *
 * @example
 * ```ts
 * import { formatPowerTable } from "./command.ts";
 * import { mediationPower } from "./power.ts";
 * const r = mediationPower({ a: 0.3, b: 0.3, n: 50, method: "sobel", studies: 50 });
 * if (!formatPowerTable(r).includes("Type I error (a = 0")) throw new Error();
 * ```
 */
export function formatPowerTable(r: PowerResult): string {
  const method = {
    "percentile": `percentile bootstrap, ${r.resamples} resamples`,
    "bc": `bias-corrected bootstrap, ${r.resamples} resamples`,
    "sobel": "Sobel (first-order delta method)",
    "joint-significance": "joint significance of a and b",
  }[r.method];
  const head = [
    "Simulated power of the indirect effect a·b (X → M → Y, standardized paths)",
    `a = ${r.a}, b = ${r.b}, c′ = ${r.cPrime}, a·b = ${_fmt(r.indirect, 4)}; N = ${r.n}; ` +
    `${method}; ${
      Math.round(r.confLevel * 1000) / 10
    }% level; ${r.studies} studies; seed ${r.seed}`,
    "",
    `${"quantity".padEnd(36)}${"estimate".padStart(9)}${"MC SE".padStart(9)}${
      "studies".padStart(9)
    }`,
  ];
  const line = (label: string, p: MonteCarloProportion | null, why: string) =>
    p === null
      ? `${label.padEnd(36)}${why.padStart(27)}`
      : `${label.padEnd(36)}${_fmt(p.estimate, 3).padStart(9)}${_fmt(p.stdError, 3).padStart(9)}${
        String(p.studies).padStart(9)
      }`;
  const body = [
    line("power (indirect effect detected)", r.power, ""),
    line(`Type I error (a = 0, b = ${r.b})`, r.typeIErrorA0, "not simulated"),
    line(`Type I error (b = 0, a = ${r.a})`, r.typeIErrorB0, "not simulated"),
    line("coverage of the true a·b", r.coverage, "no interval (joint test)"),
  ];
  return [...head, ...body, ...(r.note === null ? [] : ["", `note: ${r.note}`])].join("\n");
}

/** Parses the options and simulates; null when --help was asked for. */
function _run(args: string[]): PowerResult | null {
  const o = parseArgs(args, {
    a: { kind: "string" },
    b: { kind: "string" },
    cprime: { kind: "string" },
    n: { kind: "integer", min: 4, max: 100000 },
    method: { kind: "string" },
    studies: { kind: "integer", min: 1, max: 1e6 },
    resamples: { kind: "integer", min: 1, max: 1e6 },
    conf: { kind: "string" },
    seed: { kind: "integer", min: 0, max: 0xffffffff },
    help: { kind: "flag" },
  });
  if (o.help) return null;
  for (const required of ["a", "b", "n"]) {
    if (o[required] === undefined) {
      throw new DataError(`--${required} is required`, {
        stage: "options",
        expected: "--a, --b and --n",
        hint: "e.g. deno task power --a 0.39 --b 0.39 --n 78 (see --help)",
      });
    }
  }
  const method = (o.method as string | undefined) ?? POWER_DEFAULTS.method;
  if (!POWER_METHODS.includes(method as PowerMethod)) {
    throw new DataError(`--method ${JSON.stringify(method)} is not a method`, {
      stage: "options",
      found: method,
      expected: POWER_METHODS.join(", "),
    });
  }
  const options = {
    a: _number("a", o.a as string),
    b: _number("b", o.b as string),
    cPrime: o.cprime === undefined ? undefined : _number("cprime", o.cprime as string),
    n: o.n as number,
    method: method as PowerMethod,
    studies: o.studies as number | undefined,
    resamples: o.resamples as number | undefined,
    confLevel: o.conf === undefined ? undefined : _number("conf", o.conf as string),
    seed: o.seed as number | undefined,
  };
  // A bar on a terminal while the simulation runs (silent otherwise; erased at the end).
  const bar = progressBar("power simulation");
  try {
    return mediationPower(options, bar);
  } finally {
    bar.finish();
  }
}

/** A decimal number such as 0.39, -.14 or 1e-3 (no hex, no empty string, finite). */
function _number(name: string, text: string): number {
  const value = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(value)) {
    throw new DataError(`--${name} must be a number`, {
      stage: "options",
      found: text,
      expected: "a decimal number such as 0.39",
    });
  }
  return value;
}

function _fmt(value: number, digits: number): string {
  return value.toFixed(digits);
}
