/**
 * Descriptive building blocks shared by the pipeline: mean, variance, standard deviation,
 * skewness, kurtosis, a one-call `describe`, complete cases and the covariance matrix of
 * complete cases.
 *
 * Missing values: every function here skips non-finite values (the pipeline codes a
 * missing response as NaN), like R's `na.rm = TRUE`. A statistic that is not defined for
 * the values given (too few values, zero spread) is `null`, never NaN or Infinity.
 *
 * @example
 * ```ts
 * import { describe } from "./descriptive.ts";
 * const d = describe(new Float64Array([1, 2, 2, 3, 5, NaN]));
 * if (d.nobs !== 5 || Math.abs(d.mean! - 2.6) > 1e-12) throw new Error("describe");
 * ```
 * @module
 */

/** The finite values of a column, in order (NaN = missing is dropped). */
export function finiteValues(values: ArrayLike<number>): Float64Array {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) n++;
  const out = new Float64Array(n);
  let j = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) out[j++] = values[i];
  return out;
}

/**
 * Arithmetic mean of the finite values; `null` when there are none. Two passes (the sum,
 * then the mean residual added back), as R's `mean`, so it agrees with R to rounding.
 */
export function mean(values: ArrayLike<number>): number | null {
  const x = finiteValues(values);
  return x.length === 0 ? null : meanOfFinite(x);
}

/** Sample variance (denominator n − 1) of the finite values: R's `var(x, na.rm = TRUE)`;
 * `null` for fewer than 2 values. */
export function variance(values: ArrayLike<number>): number | null {
  const x = finiteValues(values);
  if (x.length < 2) return null;
  const m = meanOfFinite(x);
  let ss = 0;
  for (let i = 0; i < x.length; i++) ss += (x[i] - m) * (x[i] - m);
  return ss / (x.length - 1);
}

/** Sample standard deviation (denominator n − 1): R's `sd(x, na.rm = TRUE)`; `null` for
 * fewer than 2 values. */
export function sd(values: ArrayLike<number>): number | null {
  const v = variance(values);
  return v === null ? null : Math.sqrt(v);
}

/**
 * Skewness, type 3 of Joanes & Gill (1998, The Statistician 47(1)): b1 = m3 / s³ with
 * m3 = Σ(x − x̄)³ / n and s the sample SD (denominator n − 1). This is the default of
 * `psych::skew` and `psych::describe` (type = 3), and of MINITAB and BMDP.
 * `null` for fewer than 3 values (with two values b1 is 0 whatever the data) or zero SD.
 */
export function skewness(values: ArrayLike<number>): number | null {
  const x = finiteValues(values);
  const n = x.length;
  if (n < 3) return null;
  const m = meanOfFinite(x);
  let s2 = 0, s3 = 0;
  for (let i = 0; i < n; i++) {
    const d = x[i] - m;
    s2 += d * d;
    s3 += d * d * d;
  }
  const s = Math.sqrt(s2 / (n - 1));
  if (!(s > 0)) return null;
  return s3 / (n * s ** 3);
}

/**
 * Excess kurtosis, type 3 of Joanes & Gill (1998): b2 = m4 / s⁴ − 3 with m4 = Σ(x − x̄)⁴ / n
 * and s the sample SD (denominator n − 1): the default of `psych::kurtosi` and
 * `psych::describe` (type = 3). `null` for fewer than 3 values (with two values b2 is
 * −2.75 whatever the data) or zero SD.
 */
export function kurtosis(values: ArrayLike<number>): number | null {
  const x = finiteValues(values);
  const n = x.length;
  if (n < 3) return null;
  const m = meanOfFinite(x);
  let s2 = 0, s4 = 0;
  for (let i = 0; i < n; i++) {
    const d2 = (x[i] - m) * (x[i] - m);
    s2 += d2;
    s4 += d2 * d2;
  }
  const v = s2 / (n - 1);
  if (!(v > 0)) return null;
  return s4 / (n * v * v) - 3;
}

/** What `describe` returns; `null` where a statistic is not defined. */
export interface Descriptives {
  /** Number of finite values. */
  nobs: number;
  mean: number | null;
  /** Sample SD (n − 1). */
  sd: number | null;
  min: number | null;
  max: number | null;
  /** Type 3 skewness (see `skewness`). */
  skewness: number | null;
  /** Type 3 excess kurtosis (see `kurtosis`). */
  kurtosis: number | null;
}

/**
 * n, mean, SD, min, max, skewness and kurtosis of the finite values of a column, as
 * `psych::describe(x)` with its defaults (na.rm = TRUE, type = 3) reports them.
 */
export function describe(values: ArrayLike<number>): Descriptives {
  const x = finiteValues(values);
  let min: number | null = null, max: number | null = null;
  for (let i = 0; i < x.length; i++) {
    if (min === null || x[i] < min) min = x[i];
    if (max === null || x[i] > max) max = x[i];
  }
  return {
    nobs: x.length,
    mean: mean(x),
    sd: sd(x),
    min,
    max,
    skewness: skewness(x),
    kurtosis: kurtosis(x),
  };
}

/** Indices of the rows at which every column has a finite value (listwise deletion).
 * Columns must have equal lengths. */
export function completeCases(columns: ArrayLike<number>[]): number[] {
  const n = _commonLength(columns);
  const rows: number[] = [];
  for (let i = 0; i < n; i++) {
    if (columns.every((column) => Number.isFinite(column[i]))) rows.push(i);
  }
  return rows;
}

/** Covariance matrix of complete cases: R's `cov(x, use = "complete.obs")`. */
export interface CompleteCaseCovariance {
  /** Number of complete cases (rows with every column finite). */
  nobs: number;
  /** Column means over the complete cases (empty when nobs = 0). */
  means: number[];
  /** k × k covariance matrix, denominator nobs − 1 (null when nobs < 2). */
  cov: number[][] | null;
}

/**
 * Means and covariance matrix (denominator n − 1) over the rows where every column is
 * finite (listwise deletion): R's `cov(x, use = "complete.obs")`. Two passes (means, then
 * cross-products of deviations). `cov` is `null` for fewer than 2 complete cases.
 */
export function covarianceOfCompleteCases(
  columns: ArrayLike<number>[],
): CompleteCaseCovariance {
  const rows = completeCases(columns);
  const n = rows.length;
  const k = columns.length;
  const data = columns.map((column) => Float64Array.from(rows, (r) => column[r]));
  const means = n === 0 ? [] : data.map((x) => meanOfFinite(x));
  if (n < 2) return { nobs: n, means, cov: null };
  const cov: number[][] = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += (data[a][i] - means[a]) * (data[b][i] - means[b]);
      cov[a][b] = cov[b][a] = s / (n - 1);
    }
  }
  return { nobs: n, means, cov };
}

/** Mean of a non-empty array of finite values, with R's second-pass correction. */
export function meanOfFinite(x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i];
  const m = s / x.length;
  let r = 0;
  for (let i = 0; i < x.length; i++) r += x[i] - m;
  return m + r / x.length;
}

function _commonLength(columns: ArrayLike<number>[]): number {
  const n = columns.length === 0 ? 0 : columns[0].length;
  for (const column of columns) {
    if (column.length !== n) {
      throw new RangeError(`columns differ in length: ${column.length} vs ${n}`);
    }
  }
  return n;
}
