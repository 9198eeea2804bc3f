/**
 * Cronbach's alpha with its Feldt interval, standardized alpha, and the item statistics
 * psych::alpha reports (corrected item–total correlation, alpha if item deleted).
 * @module
 */
import { completeCases, covarianceOfCompleteCases } from "../stats/descriptive.ts";
import { qf } from "../stats/distributions.ts";

/** Options of `cronbachAlpha`. */
export interface AlphaOptions {
  /** Confidence level of the Feldt interval; default 0.95. */
  confLevel?: number;
}

/** Per-item results of `cronbachAlpha`, over the complete cases. */
export interface AlphaItem {
  nobs: number;
  mean: number | null;
  sd: number | null;
  itemRestCorrelation: number | null;
  alphaIfDeleted: number | null;
}

/** What `cronbachAlpha` returns; `null` where undefined (see the function's doc). */
export interface AlphaResult {
  /** Complete cases (rows where every item is answered). */
  nobs: number;
  alpha: number | null;
  confLow: number | null;
  confHigh: number | null;
  standardizedAlpha: number | null;
  items: AlphaItem[];
}

const DEFAULTS: Required<AlphaOptions> = { confLevel: 0.95 };

/**
 * Cronbach's (1951) coefficient alpha of k items, and the item analysis of psych::alpha.
 *
 * Missing data: listwise. Every statistic uses the same sample, the rows where every item
 * is finite (the complete cases; n = `nobs`), as SPSS RELIABILITY does by default. It
 * matches R's `psych::alpha(X[complete.cases(X), ])` (psych 2.2.9). psych's own default
 * on incomplete data differs: pairwise covariances, and n = all rows for the Feldt
 * interval.
 *
 * Definitions, with C the k × k covariance matrix of the complete cases (n − 1
 * denominator) and R its correlation matrix:
 * - alpha = k/(k − 1) · (1 − tr C / ΣC) (psych's `raw_alpha`);
 * - standardized alpha = k/(k − 1) · (1 − k / ΣR) (psych's `std.alpha`);
 * - Feldt (1965, Psychometrika 30(3)) interval, as `psych:::alpha.ci`: with
 *   γ = 1 − confLevel, low = 1 − (1 − alpha)·F(1 − γ/2; n − 1, (n − 1)(k − 1)) and
 *   high = 1 − (1 − alpha)·F(γ/2; n − 1, (n − 1)(k − 1)), F the F quantile;
 * - item–rest correlation of item i = (ΣC[i, ·] − C[i, i]) / √(C[i, i] · ΣC[−i, −i])
 *   (psych's `r.drop`);
 * - alpha if item i is deleted = alpha of C[−i, −i] (psych's `alpha.drop$raw_alpha`);
 * - item mean and SD over the complete cases (psych's `item.stats` mean and sd).
 *
 * Degenerate input gives `null`, never NaN:
 * - any alpha (the scale's, the standardized one, its interval, or an alpha if deleted)
 *   is `null` when its item set has fewer than 2 items, n < 3, an item with zero
 *   variance (psych::alpha would silently drop that item and report the alpha of a
 *   different item set), or a constant total score;
 * - hence with k = 2 alpha if deleted (a single item) is `null`; psych reports ad hoc
 *   values there (a covariance ratio);
 * - the item–rest correlation is `null` when n < 3, k < 2, or the item or the sum of the
 *   other items has zero variance;
 * - item SD is `null` when n < 2, item mean when n = 0.
 *
 * @example
 * ```ts
 * import { cronbachAlpha } from "./alpha.ts";
 * const a = new Float64Array([1, 2, 3, 4, 5]);
 * const b = new Float64Array([2, 2, 3, 5, 5]);
 * const result = cronbachAlpha([a, b, a]);
 * if (!(result.alpha! > 0.9 && result.alpha! < 1)) throw new Error("alpha");
 * ```
 */
export function cronbachAlpha(
  columns: ArrayLike<number>[],
  options: AlphaOptions = {},
): AlphaResult {
  const { confLevel } = { ...DEFAULTS, ...options };
  if (!(confLevel > 0 && confLevel < 1)) {
    throw new RangeError(`confLevel must lie in (0, 1), got ${confLevel}`);
  }
  const k = columns.length;
  const rows = completeCases(columns);
  const { nobs: n, means, cov } = covarianceOfCompleteCases(columns);
  const all = columns.map((_, i) => i);
  // Exact checks on the data (not on computed variances, which can be 1e-34 instead of 0).
  const constant = (set: number[]) => _constantSum(columns, set, rows);
  const alphaOf = (set: number[]): number | null =>
    n >= 3 && cov !== null && set.length >= 2 && !set.some((i) => constant([i])) &&
      !constant(set)
      ? _alpha(cov, set)
      : null;

  const alpha = alphaOf(all);
  let confLow: number | null = null, confHigh: number | null = null;
  let standardizedAlpha: number | null = null;
  if (alpha !== null) {
    const gamma = 1 - confLevel, df1 = n - 1, df2 = (n - 1) * (k - 1);
    confLow = 1 - (1 - alpha) * qf(1 - gamma / 2, df1, df2);
    confHigh = 1 - (1 - alpha) * qf(gamma / 2, df1, df2);
    standardizedAlpha = _standardizedAlpha(cov!);
  }

  const items: AlphaItem[] = all.map((i) => {
    const rest = all.filter((j) => j !== i);
    const restDefined = n >= 3 && cov !== null && k >= 2 && !constant([i]) && !constant(rest);
    return {
      nobs: n,
      mean: n === 0 ? null : means[i],
      sd: cov === null ? null : Math.sqrt(cov[i][i]),
      itemRestCorrelation: restDefined ? _itemRest(cov!, i, rest) : null,
      alphaIfDeleted: alphaOf(rest),
    };
  });
  return { nobs: n, alpha, confLow, confHigh, standardizedAlpha, items };
}

/** Raw alpha of the items `set` (callers have excluded degenerate sets). */
function _alpha(cov: number[][], set: number[]): number | null {
  const k = set.length;
  let trace = 0, total = 0;
  for (const a of set) {
    trace += cov[a][a];
    for (const b of set) total += cov[a][b];
  }
  const value = (1 - trace / total) * (k / (k - 1));
  return Number.isFinite(value) ? value : null;
}

function _standardizedAlpha(cov: number[][]): number | null {
  const k = cov.length;
  let sumR = 0;
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) sumR += cov[a][b] / Math.sqrt(cov[a][a] * cov[b][b]);
  }
  const value = (1 - k / sumR) * (k / (k - 1));
  return Number.isFinite(value) ? value : null;
}

function _itemRest(cov: number[][], i: number, rest: number[]): number | null {
  let covRest = 0, varRest = 0;
  for (const a of rest) {
    covRest += cov[i][a];
    for (const b of rest) varRest += cov[a][b];
  }
  const value = covRest / Math.sqrt(cov[i][i] * varRest);
  return Number.isFinite(value) ? value : null;
}

/** True when the sum of the columns in `set` takes one value on every row of `rows`
 * (integer items sum exactly, so a constant item or total is found without a tolerance). */
function _constantSum(columns: ArrayLike<number>[], set: number[], rows: number[]): boolean {
  let first = NaN;
  for (const row of rows) {
    let s = 0;
    for (const j of set) s += columns[j][row];
    if (Number.isNaN(first)) first = s;
    else if (s !== first) return false;
  }
  return true;
}
