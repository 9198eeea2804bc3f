/**
 * Defaults and validation of {@link PowerOptions}, in one place.
 * @module
 */
import { DataError } from "../errors.ts";
import type { PowerMethod, PowerOptions } from "./types.ts";

/** The options with every default filled in. */
export type ResolvedPowerOptions = Required<PowerOptions>;

/** The tests of the indirect effect that {@link mediationPower} simulates. */
export const POWER_METHODS: readonly PowerMethod[] = Object.freeze([
  "percentile",
  "bc",
  "sobel",
  "joint-significance",
]);

/** Defaults of the optional options. */
export const POWER_DEFAULTS = Object.freeze({
  cPrime: 0,
  method: "percentile" as PowerMethod,
  studies: 1000,
  resamples: 1000,
  confLevel: 0.95,
  seed: 20140801,
  nullSimulations: true,
});

/** Smallest and largest sample size of a simulated study. */
export const MIN_N = 4;
export const MAX_N = 100000;

/**
 * Fills in the defaults and checks every option; a bad value is a `DataError` (stage
 * "options"): a, b, cPrime in (−1, 1) with a positive residual variance of Y
 * (1 − b² − c′² − 2abc′ > 0); n an integer from 4 to 100,000; studies and resamples integers
 * from 1 to 1,000,000; confLevel in (0, 1); seed an integer in [0, 2^32).
 *
 * @example
 * ```ts
 * import { resolvePowerOptions } from "./options.ts";
 * const o = resolvePowerOptions({ a: 0.39, b: 0.39, n: 78 });
 * if (o.method !== "percentile" || o.studies !== 1000 || o.cPrime !== 0) throw new Error();
 * ```
 */
export function resolvePowerOptions(options: PowerOptions): ResolvedPowerOptions {
  const o: ResolvedPowerOptions = {
    a: options.a,
    b: options.b,
    cPrime: options.cPrime ?? POWER_DEFAULTS.cPrime,
    n: options.n,
    method: options.method ?? POWER_DEFAULTS.method,
    studies: options.studies ?? POWER_DEFAULTS.studies,
    resamples: options.resamples ?? POWER_DEFAULTS.resamples,
    confLevel: options.confLevel ?? POWER_DEFAULTS.confLevel,
    seed: options.seed ?? POWER_DEFAULTS.seed,
    nullSimulations: options.nullSimulations ?? POWER_DEFAULTS.nullSimulations,
  };
  for (const name of ["a", "b", "cPrime"] as const) {
    if (!(Math.abs(o[name]) < 1)) {
      _bad(name, o[name], "a standardized path strictly between -1 and 1, e.g. 0.39");
    }
  }
  if (!(residualVarianceY(o.a, o.b, o.cPrime) > 0)) {
    throw new DataError(
      "these standardized paths cannot all hold: Y would need a negative " +
        "error variance",
      {
        stage: "options",
        found: `a = ${o.a}, b = ${o.b}, cPrime = ${o.cPrime}: ` +
          `1 - b² - c′² - 2abc′ = ${residualVarianceY(o.a, o.b, o.cPrime)}`,
        expected: "1 - b² - c′² - 2·a·b·c′ > 0 (X and M explain less than all of Y's variance)",
        hint: "use smaller b or cPrime",
      },
    );
  }
  _integer("n", o.n, MIN_N, MAX_N);
  _integer("studies", o.studies, 1, 1e6);
  _integer("resamples", o.resamples, 1, 1e6);
  if (!(o.confLevel > 0 && o.confLevel < 1)) {
    _bad("confLevel", o.confLevel, "a number strictly between 0 and 1, e.g. 0.95");
  }
  _integer("seed", o.seed, 0, 0xffffffff);
  if (!POWER_METHODS.includes(o.method)) {
    _bad("method", o.method, POWER_METHODS.map((m) => `"${m}"`).join(", "));
  }
  if (typeof o.nullSimulations !== "boolean") {
    _bad("nullSimulations", o.nullSimulations, "true or false");
  }
  return o;
}

/**
 * Error variance of Y when X, M and Y have variance 1 and the standardized paths are a, b,
 * c′: 1 − b² − c′² − 2abc′ (Var(c′X + bM) = c′² + b² + 2c′b·Cov(X, M), Cov(X, M) = a).
 *
 * @example
 * ```ts
 * import { residualVarianceY } from "./options.ts";
 * if (Math.abs(residualVarianceY(0.5, 0.5, 0) - 0.75) > 1e-15) throw new Error();
 * ```
 */
export function residualVarianceY(a: number, b: number, cPrime: number): number {
  return 1 - b * b - cPrime * cPrime - 2 * a * b * cPrime;
}

/**
 * Standardized paths of the design of MacKinnon et al. (2002, Psychological Methods 7) and
 * Fritz & MacKinnon (2007, Psychological Science 18): X ~ N(0, 1), M = aX + e_M,
 * Y = c′X + bM + e_Y with errors of variance 1 (so M and Y are not standardized). With
 * Var(M) = 1 + a² and Var(Y) = (c′ + ab)² + b² + 1: a* = a/SD(M), b* = b·SD(M)/SD(Y),
 * c′* = c′/SD(Y). The tests simulated here are unchanged by rescaling M and Y, so a study of
 * that design has the same power as one with these standardized paths.
 *
 * @example
 * ```ts
 * import { standardizedFromUnitErrors } from "./options.ts";
 * const s = standardizedFromUnitErrors({ a: 0.39, b: 0.39, cPrime: 0 });
 * if (Math.abs(s.a - 0.39 / Math.sqrt(1.1521)) > 1e-15) throw new Error();
 * ```
 */
export function standardizedFromUnitErrors(
  paths: { a: number; b: number; cPrime: number },
): { a: number; b: number; cPrime: number } {
  const { a, b, cPrime } = paths;
  const sdM = Math.sqrt(1 + a * a);
  const sdY = Math.sqrt((cPrime + a * b) ** 2 + b * b + 1);
  return { a: a / sdM, b: (b * sdM) / sdY, cPrime: cPrime / sdY };
}

function _integer(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    _bad(name, value, `an integer from ${min} to ${max}`);
  }
}

function _bad(name: string, value: unknown, expected: string): never {
  throw new DataError(`power option "${name}" is invalid`, {
    stage: "options",
    found: String(value),
    expected,
    hint: `give "${name}" as ${expected}`,
  });
}
