/**
 * Defaults and validation of {@link MediateOptions}, in one place.
 * @module
 */
import { DataError } from "../errors.ts";
import type { ProgressSink } from "../progress/mod.ts";
import { HC_TYPES, type HcType } from "../regress/hc.ts";
import type { MediateOptions, MediationSeType } from "./types.ts";

/** The options of {@link mediate} with every default filled in. */
export type ResolvedMediateOptions = Required<Omit<MediateOptions, "progress" | "hc">> & {
  progress: ProgressSink | null;
  hc: HcType | null;
};

/**
 * Defaults: 95% intervals, 10,000 resamples and Monte Carlo draws, seed 20140801, lm SEs (and
 * no progress reports, which change no result). `hc` defaults to null (classical SEs).
 */
export const MEDIATE_DEFAULTS: Readonly<Omit<ResolvedMediateOptions, "progress" | "hc">> = Object
  .freeze({
    confLevel: 0.95,
    resamples: 10000,
    seed: 20140801,
    monteCarloDraws: 10000,
    seType: "ols" as MediationSeType,
  });

/**
 * Fills in the defaults and checks every option; a bad value is a `DataError` (stage
 * "options"), since options come from the study definition or the command line.
 *
 * @example
 * ```ts
 * import { resolveMediateOptions } from "./options.ts";
 * const o = resolveMediateOptions({ resamples: 2000 });
 * if (o.resamples !== 2000 || o.confLevel !== 0.95 || o.seType !== "ols") throw new Error();
 * ```
 */
export function resolveMediateOptions(options: MediateOptions = {}): ResolvedMediateOptions {
  const o: ResolvedMediateOptions = {
    confLevel: options.confLevel ?? MEDIATE_DEFAULTS.confLevel,
    resamples: options.resamples ?? MEDIATE_DEFAULTS.resamples,
    seed: options.seed ?? MEDIATE_DEFAULTS.seed,
    monteCarloDraws: options.monteCarloDraws ?? MEDIATE_DEFAULTS.monteCarloDraws,
    seType: options.seType ?? MEDIATE_DEFAULTS.seType,
    progress: options.progress ?? null,
    hc: options.hc ?? null,
  };
  if (!(o.confLevel > 0 && o.confLevel < 1)) {
    _bad("confLevel", o.confLevel, "a number strictly between 0 and 1, e.g. 0.95");
  }
  if (!Number.isInteger(o.resamples) || o.resamples < 1 || o.resamples > 1e8) {
    _bad("resamples", o.resamples, "an integer from 1 to 100,000,000 (10,000 recommended)");
  }
  if (!Number.isInteger(o.seed) || o.seed < 0 || o.seed > 0xffffffff) {
    _bad("seed", o.seed, "an integer from 0 to 4294967295");
  }
  if (!Number.isInteger(o.monteCarloDraws) || o.monteCarloDraws < 1 || o.monteCarloDraws > 1e8) {
    _bad("monteCarloDraws", o.monteCarloDraws, "an integer from 1 to 100,000,000");
  }
  if (o.seType !== "ols" && o.seType !== "ml") _bad("seType", o.seType, '"ols" or "ml"');
  if (o.hc !== null && !HC_TYPES.includes(o.hc)) {
    _bad("hc", o.hc, `one of ${HC_TYPES.map((t) => `"${t}"`).join(", ")}, or null`);
  }
  if (o.hc !== null && o.seType === "ml") {
    throw new DataError(
      `mediation options seType "ml" and hc "${o.hc}" cannot be combined: not supported`,
      {
        stage: "options",
        found: `seType "ml", hc "${o.hc}"`,
        expected: 'hc null with seType "ml", or seType "ols" with an hc type',
        hint: 'use seType "ols" for heteroscedasticity-consistent standard errors',
      },
    );
  }
  return o;
}

/**
 * Seed of the Monte Carlo interval's stream: the bootstrap seed XOR 0x9E3779B9 (⌊2^32/φ⌋),
 * so it differs from the bootstrap stream for every seed and does not depend on the number
 * of resamples.
 *
 * @example
 * ```ts
 * import { monteCarloSeed } from "./options.ts";
 * if (monteCarloSeed(0) !== 0x9e3779b9) throw new Error();
 * ```
 */
export function monteCarloSeed(seed: number): number {
  return (seed ^ 0x9e3779b9) >>> 0;
}

function _bad(name: string, value: unknown, expected: string): never {
  throw new DataError(`mediation option "${name}" is invalid`, {
    stage: "options",
    found: String(value),
    expected,
    hint: `give "${name}" as ${expected}`,
  });
}
