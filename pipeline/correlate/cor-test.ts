/**
 * Pearson's correlation test of one pair of columns (R's `cor.test`).
 * @module
 */
import { meanOfFinite } from "../stats/descriptive.ts";
import { pt2, qnorm } from "../stats/distributions.ts";
import type { CorrelateOptions, CorrelationRow } from "./types.ts";

const DEFAULTS: Required<CorrelateOptions> = { confLevel: 0.95 };

/**
 * Pearson's product-moment correlation of `x` and `y` over the rows where both are finite
 * (pairwise-complete cases), with the t test and Fisher-z interval of R's
 * `cor.test(x, y, method = "pearson", conf.level = confLevel)`:
 * r = Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² · Σ(y − ȳ)²) (two passes, clamped to [−1, 1] as R's
 * `cor`); df = n − 2; t = √df · r / √(1 − r²); p = 2·P(T_df > |t|); interval
 * tanh(atanh(r) ± z_{(1 + confLevel)/2} / √(n − 3)). Reference: Fisher (1921), Metron 1.
 * `pValueHolm` is left `null` here (`correlate` fills it over a family).
 *
 * Degenerate input, as R but with `null` for what R reports as NA, Inf or an error:
 * - n < 2, or zero variance of x or y in the complete cases: everything `null`
 *   (R: `cor` gives NA; `cor.test` stops or warns "the standard deviation is zero");
 * - n = 2: r only (R's `cor.test` stops: "not enough finite observations");
 * - n = 3: r, t, df and p, but no interval (R gives none for n < 4);
 * - |r| = 1: t is `null` (R: ±Inf), p = 0 as R computes it, and the interval is [r, r]
 *   (R: tanh(±Inf) = ±1).
 *
 * @example
 * ```ts
 * import { corTest } from "./cor-test.ts";
 * const row = corTest(
 *   { name: "x", values: new Float64Array([1, 2, 3, 4, 5]) },
 *   { name: "y", values: new Float64Array([2, 1, 4, 3, 5]) },
 * );
 * if (Math.abs(row.estimate! - 0.8) > 1e-12 || row.df !== 3) throw new Error("cor.test");
 * ```
 */
export function corTest(
  x: { name: string; values: ArrayLike<number> },
  y: { name: string; values: ArrayLike<number> },
  options: CorrelateOptions = {},
): CorrelationRow {
  const { confLevel } = { ...DEFAULTS, ...options };
  if (!(confLevel > 0 && confLevel < 1)) {
    throw new RangeError(`confLevel must lie in (0, 1), got ${confLevel}`);
  }
  if (x.values.length !== y.values.length) {
    throw new RangeError(
      `columns "${x.name}" and "${y.name}" differ in length: ${x.values.length} vs ${y.values.length}`,
    );
  }
  const [xs, ys] = _pairwiseComplete(x.values, y.values);
  const n = xs.length;
  const row: CorrelationRow = {
    x: x.name,
    y: y.name,
    nobs: n,
    estimate: null,
    statistic: null,
    df: null,
    pValue: null,
    pValueHolm: null,
    confLow: null,
    confHigh: null,
    method: "pearson",
  };
  const r = n >= 2 ? _pearson(xs, ys) : null;
  if (r === null) return row;
  row.estimate = r;
  if (n < 3) return row;
  const df = n - 2;
  row.df = df;
  if (Math.abs(r) === 1) {
    row.pValue = 0;
  } else {
    const t = Math.sqrt(df) * r / Math.sqrt(1 - r * r);
    row.statistic = t;
    row.pValue = pt2(t, df);
  }
  if (n > 3) {
    if (Math.abs(r) === 1) {
      row.confLow = row.confHigh = r;
    } else {
      const z = Math.atanh(r);
      const halfWidth = qnorm((1 + confLevel) / 2) / Math.sqrt(n - 3);
      row.confLow = Math.tanh(z - halfWidth);
      row.confHigh = Math.tanh(z + halfWidth);
    }
  }
  return row;
}

function _pairwiseComplete(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
): [Float64Array, Float64Array] {
  const keep: number[] = [];
  for (let i = 0; i < x.length; i++) {
    if (Number.isFinite(x[i]) && Number.isFinite(y[i])) keep.push(i);
  }
  return [Float64Array.from(keep, (i) => x[i]), Float64Array.from(keep, (i) => y[i])];
}

/** Pearson's r, or null when either column is constant (checked exactly on the data). */
function _pearson(x: Float64Array, y: Float64Array): number | null {
  const n = x.length;
  if (x.every((v) => v === x[0]) || y.every((v) => v === y[0])) return null;
  const mx = meanOfFinite(x), my = meanOfFinite(y);
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx, dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  const r = sxy / Math.sqrt(sxx * syy);
  return Number.isFinite(r) ? Math.max(-1, Math.min(1, r)) : null;
}
