/**
 * The rows of the bootstrapped effects (indirect effects, contrasts, standardized effects,
 * proportion mediated) of {@link mediate}.
 * @module
 */
import { pnorm2, qnorm } from "../stats/distributions.ts";
import { bcaInterval, bcInterval, type Interval, percentileInterval } from "./intervals.ts";
import { effectGradient, effectValue, type PathModel } from "./model.ts";
import { monteCarloProduct } from "./monte_carlo.ts";
import type { PathFits } from "./paths.ts";
import { OrderStatistics } from "./order_statistics.ts";
import type { EffectRow } from "./types.ts";
import type { HcType } from "../regress/hc.ts";

/** What the rows need besides the model, fits and draws. */
export interface EffectRowOptions {
  confLevel: number;
  monteCarloDraws: number;
  monteCarloSeed: number;
  /** Complete cases (BCa needs at least n draws). */
  n: number;
  /**
   * HC type of the path covariance in `fits` (null or absent: classical); the rows carrying
   * a delta-method SE and the Monte Carlo row then get the note "<hc> standard errors".
   */
  hc?: HcType | null;
}

/**
 * For each effect of `model` (in order): primary effects (indirect effects, contrasts) get
 * a "percentile bootstrap" row carrying the delta-method SE, z and normal p, then "bc
 * bootstrap", "bca bootstrap", "monte carlo" (one mediator only) and "sobel (normal theory)"
 * (estimate ± z₁₋α/₂·SE) rows; the standardized effects and the proportion mediated get a
 * percentile row (`unstable` on the proportion: the total effect's interval includes 0).
 * `draws[s]` are effect s's bootstrap draws; `accelerations[s]` its BCa acceleration (null
 * for all when no jackknife was run). With `options.hc` the SEs come from the HC covariance
 * in `fits` and the rows that use them say so in `note`.
 */
export function effectRows(
  model: PathModel,
  fits: PathFits,
  draws: Float64Array[],
  accelerations: (number | null)[] | null,
  options: EffectRowOptions,
): EffectRow[] {
  const { confLevel, n } = options;
  const hc = options.hc ?? null;
  const zCrit = qnorm((1 + confLevel) / 2);
  const rows: EffectRow[] = [];
  const gradient = new Float64Array(model.nTheta);
  model.effects.forEach((effect, s) => {
    const estimate = _finite(effectValue(model, effect, fits.theta));
    // Selection, not a sort: the intervals read a few order statistics (same values).
    const sorted = new OrderStatistics(draws[s]);
    const percentile = percentileInterval(sorted, confLevel);
    if (!effect.primary) {
      const unstable = effect.scale === "proportion" ? _totalIncludesZero(fits.rows) : null;
      rows.push(_row(effect.name, estimate, null, "percentile bootstrap", percentile, unstable));
      return;
    }
    const est = estimate as number; // raw effects are products of finite coefficients
    effectGradient(effect, fits.theta, gradient);
    const se = _finite(Math.sqrt(_quadraticForm(gradient, fits.covariance)));
    const z = se === null || se === 0 ? null : est / se;
    const delta = { stdError: se, statistic: z, pValue: z === null ? null : pnorm2(z) };
    rows.push(_hcNote(_row(effect.name, est, delta, "percentile bootstrap", percentile), hc));
    rows.push(_row(effect.name, est, null, "bc bootstrap", bcInterval(sorted, est, confLevel)));
    const acceleration = accelerations === null ? null : accelerations[s];
    rows.push(
      _row(
        effect.name,
        est,
        null,
        "bca bootstrap",
        bcaInterval(sorted, est, acceleration, n, confLevel),
      ),
    );
    if (model.kind === "simple") {
      const k = model.nTheta, ia = model.thetaA, ib = model.thetaB;
      const mc = monteCarloProduct(
        fits.theta[ia],
        Math.sqrt(fits.covariance[ia * k + ia]),
        fits.theta[ib],
        Math.sqrt(fits.covariance[ib * k + ib]),
        options.monteCarloDraws,
        options.monteCarloSeed,
      );
      const interval = percentileInterval(new OrderStatistics(mc), confLevel);
      rows.push(_hcNote(_row(effect.name, est, null, "monte carlo", interval), hc));
    }
    const normal: Interval = se === null
      ? { confLow: null, confHigh: null, note: "delta-method standard error undefined" }
      : { confLow: est - zCrit * se, confHigh: est + zCrit * se, note: null };
    rows.push(_hcNote(_row(effect.name, est, delta, "sobel (normal theory)", normal), hc));
  });
  return rows;
}

/** Adds "<hc> standard errors" to the note of a row whose SE or draws use the HC covariance. */
function _hcNote(row: EffectRow, hc: HcType | null): EffectRow {
  if (hc === null) return row;
  const note = `${hc} standard errors`;
  return { ...row, note: row.note === null ? note : `${row.note}; ${note}` };
}

function _totalIncludesZero(pathRows: EffectRow[]): boolean {
  const total = pathRows.find((r) => r.effect === "total")!;
  return (total.confLow as number) <= 0 && 0 <= (total.confHigh as number);
}

function _quadraticForm(g: Float64Array, cov: Float64Array): number {
  const k = g.length;
  let s = 0;
  for (let i = 0; i < k; i++) {
    if (g[i] === 0) continue;
    for (let j = 0; j < k; j++) s += g[i] * cov[i * k + j] * g[j];
  }
  return s;
}

function _finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

function _row(
  effect: string,
  estimate: number | null,
  test: { stdError: number | null; statistic: number | null; pValue: number | null } | null,
  method: string,
  interval: Interval,
  unstable: boolean | null = null,
): EffectRow {
  return {
    effect,
    estimate,
    stdError: test?.stdError ?? null,
    statistic: test?.statistic ?? null,
    df: null,
    pValue: test?.pValue ?? null,
    confLow: interval.confLow,
    confHigh: interval.confHigh,
    method,
    unstable,
    note: estimate === null ? "undefined: the total effect is exactly 0" : interval.note,
  };
}
