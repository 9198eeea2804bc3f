/**
 * Shapiro–Wilk test of normality: a port of R's `swilk.c` (Royston's algorithm AS R94).
 * @module
 */
import { pnorm, qnorm } from "../stats/distributions.ts";

/** W and its p-value. */
export interface ShapiroWilkResult {
  statistic: number;
  pValue: number;
}

// Royston's polynomial approximations (AS R94, as in R's swilk.c). They are part of the
// algorithm: the coefficients a_i and the normalising transform of W are defined by them.
const _G = [-2.273, 0.459];
const _C1 = [0, 0.221157, -0.147981, -2.07119, 4.434685, -2.706056];
const _C2 = [0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633];
const _C3 = [0.544, -0.39978, 0.025054, -6.714e-4];
const _C4 = [1.3822, -0.77857, 0.062767, -0.0020322];
const _C5 = [-1.5861, -0.31082, -0.083751, 0.0038915];
const _C6 = [-0.4803, -0.082676, 0.0030302];
const _SMALL = 1e-19;

/**
 * Shapiro–Wilk W (Shapiro & Wilk, 1965, Biometrika 52:591) with Royston's approximations
 * for the coefficients and the p-value (Royston, 1992, Statistics and Computing 2:117;
 * Royston, 1995, Applied Statistics 44:547, algorithm AS R94). A faithful port of R's
 * `src/library/stats/src/swilk.c` (uncensored case) and of the preprocessing in
 * `shapiro.test()`: the data are sorted, and rescaled by their range when it is below 1e-10.
 * For n = 3 the p-value is exact: 6/π·(asin(√W) − asin(√(3/4))), floored at 0. For
 * 4 ≤ n ≤ 11, W ≥ the bound γ = −2.273 + 0.459n on log(1 − W) gives p = 1e-99, as R.
 * Normal CDF and quantile come from `@stdlib` through `pipeline/stats/distributions.ts`.
 * Matches `shapiro.test(x)`.
 *
 * Degenerate input throws `RangeError`: n < 3 or n > 5000 ("sample size must be between 3
 * and 5000"), any non-finite value, or all values identical.
 *
 * @example
 * ```ts
 * import { shapiroWilk } from "./shapiro_wilk.ts";
 * // n = 3 is exact: equally spaced values give W = 1 and p = 1.
 * const r = shapiroWilk([1, 2, 3]);
 * if (Math.abs(r.statistic - 1) > 1e-8 || Math.abs(r.pValue - 1) > 1e-6) throw new Error("sw");
 * ```
 */
export function shapiroWilk(values: ArrayLike<number>): ShapiroWilkResult {
  const n = values.length;
  if (n < 3 || n > 5000) {
    throw new RangeError(`shapiroWilk(): sample size must be between 3 and 5000, got ${n}`);
  }
  const x = Float64Array.from(values);
  for (const value of x) {
    if (!Number.isFinite(value)) throw new RangeError("shapiroWilk(): non-finite value");
  }
  x.sort();
  const rng = x[n - 1] - x[0];
  if (rng === 0) throw new RangeError("shapiroWilk(): all values are identical");
  if (rng < 1e-10) { for (let i = 0; i < n; i++) x[i] /= rng; }
  return _swilk(x);
}

/** swilk() of R for sorted x with n1 = n (no censoring). Arrays a[] are 1-based as in C. */
function _swilk(x: Float64Array): ShapiroWilkResult {
  const n = x.length;
  const nn2 = Math.floor(n / 2);
  const a = new Float64Array(nn2 + 1);
  const an = n;

  if (n === 3) {
    a[1] = 0.70710678; // = sqrt(1/2), to the digits of swilk.c
  } else {
    const an25 = an + 0.25;
    let summ2 = 0;
    for (let i = 1; i <= nn2; ++i) {
      a[i] = qnorm((i - 0.375) / an25);
      summ2 += a[i] * a[i];
    }
    summ2 *= 2;
    const ssumm2 = Math.sqrt(summ2);
    const rsn = 1 / Math.sqrt(an);
    const a1 = _poly(_C1, 6, rsn) - a[1] / ssumm2;
    // Normalise a[]
    let i1: number, fac: number;
    if (n > 5) {
      i1 = 3;
      const a2 = -a[2] / ssumm2 + _poly(_C2, 6, rsn);
      fac = Math.sqrt(
        (summ2 - 2 * (a[1] * a[1]) - 2 * (a[2] * a[2])) / (1 - 2 * (a1 * a1) - 2 * (a2 * a2)),
      );
      a[2] = a2;
    } else {
      i1 = 2;
      fac = Math.sqrt((summ2 - 2 * (a[1] * a[1])) / (1 - 2 * (a1 * a1)));
    }
    a[1] = a1;
    for (let i = i1; i <= nn2; i++) a[i] /= -fac;
  }

  // Check for zero range (shapiro.test has rescaled, so this cannot trigger from R either).
  const range = x[n - 1] - x[0];
  if (range < _SMALL) throw new RangeError("shapiroWilk(): zero range");

  // The "sort order" loop of swilk.c, without its ifault = 7 flag (which R ignores): it
  // accumulates sx and sa with the same index arithmetic.
  let sx = x[0] / range;
  let sa = -a[1];
  let j = n - 1;
  for (let i = 1; i < n; --j) {
    sx += x[i] / range;
    ++i;
    if (i !== j) sa += Math.sign(i - j) * a[Math.min(i, j)];
  }

  // W as the squared correlation between data and coefficients
  sa /= n;
  sx /= n;
  let ssa = 0, ssx = 0, sax = 0;
  j = n - 1;
  for (let i = 0; i < n; ++i, --j) {
    const asa = i !== j ? Math.sign(i - j) * a[1 + Math.min(i, j)] - sa : -sa;
    const xsx = x[i] / range - sx;
    ssa += asa * asa;
    ssx += xsx * xsx;
    sax += asa * xsx;
  }
  // w1 = 1 − W, computed to avoid rounding error for W near 1.
  const ssassx = Math.sqrt(ssa * ssx);
  const w1 = (ssassx - sax) * (ssassx + sax) / (ssa * ssx);
  const w = 1 - w1;

  if (n === 3) {
    const pi6 = 1.90985931710274; // 6/pi
    const stqr = 1.0471975511966; // asin(sqrt(3/4))
    const pw = pi6 * (Math.asin(Math.sqrt(w)) - stqr);
    return { statistic: w, pValue: pw < 0 ? 0 : pw };
  }
  let y = Math.log(w1);
  const lxx = Math.log(an);
  let m: number, s: number;
  if (n <= 11) {
    const gamma = _poly(_G, 2, an);
    if (y >= gamma) return { statistic: w, pValue: 1e-99 };
    y = -Math.log(gamma - y);
    m = _poly(_C3, 4, an);
    s = Math.exp(_poly(_C4, 4, an));
  } else {
    m = _poly(_C5, 4, lxx);
    s = Math.exp(_poly(_C6, 3, lxx));
  }
  // pnorm(y, m, s, lower.tail = FALSE), by symmetry.
  return { statistic: w, pValue: pnorm((m - y) / s) };
}

/** Algorithm AS 181.2: cc[0] + cc[1]x + … + cc[nord−1]x^(nord−1), in swilk.c's order. */
function _poly(cc: number[], nord: number, x: number): number {
  let ret = cc[0];
  if (nord > 1) {
    let p = x * cc[nord - 1];
    for (let j = nord - 2; j > 0; j--) p = (p + cc[j]) * x;
    ret += p;
  }
  return ret;
}
