/**
 * Distribution functions used by every test in the pipeline, all from the `@stdlib`
 * packages (no hand-written special functions). Upper tails are computed as the lower
 * tail of the mirrored argument where the distribution is symmetric, so small p-values
 * keep their precision.
 *
 * @example
 * ```ts
 * import { pt2 } from "./distributions.ts";
 * const p = pt2(2.0, 10); // two-sided p of t = 2 on 10 df, as R's 2 * pt(-2, 10)
 * if (Math.abs(p - 0.07338803477074) > 1e-12) throw new Error("pt2");
 * ```
 * @module
 */
import tCdf from "@stdlib/t-cdf";
import fCdf from "@stdlib/f-cdf";
import normalCdf from "@stdlib/normal-cdf";
import normalQuantile from "@stdlib/normal-quantile";
import gammainc from "@stdlib/gammainc";

/** Two-sided p-value of a t statistic: R's `2 * pt(-abs(t), df)`. */
export function pt2(t: number, df: number): number {
  return 2 * tCdf(-Math.abs(t), df);
}

/**
 * Quantile of Student's t: R's `qt(p, df)`, by bisection on `@stdlib`'s t CDF until the
 * bracket cannot shrink in float64. (`@stdlib`'s own t quantile pulls the `debug`
 * package, which reads the whole environment: a permission we do not grant.)
 */
export function qt(p: number, df: number): number {
  if (!(p > 0 && p < 1) || !(df > 0)) {
    throw new RangeError(`qt needs 0 < p < 1 and df > 0, got p = ${p}, df = ${df}`);
  }
  if (p === 0.5) return 0;
  let low = -1, high = 1;
  while (tCdf(low, df) > p) low *= 2;
  while (tCdf(high, df) < p) high *= 2;
  for (let i = 0; i < 2000; i++) {
    const mid = low + (high - low) / 2;
    if (mid === low || mid === high) break;
    if (tCdf(mid, df) < p) low = mid;
    else high = mid;
  }
  return Math.abs(tCdf(low, df) - p) <= Math.abs(tCdf(high, df) - p) ? low : high;
}

/**
 * Upper-tail p of an F statistic: R's `pf(f, df1, df2, lower.tail = FALSE)`, computed as
 * the lower tail of F(df2, df1) at 1/f so that small p keep full relative precision.
 */
export function pfUpper(f: number, df1: number, df2: number): number {
  if (f <= 0) return 1;
  return fCdf(1 / f, df2, df1);
}

/** Standard normal CDF: R's `pnorm(z)`. */
export function pnorm(z: number): number {
  return normalCdf(z, 0, 1);
}

/** Standard normal quantile: R's `qnorm(p)`. */
export function qnorm(p: number): number {
  return normalQuantile(p, 0, 1);
}

/** Two-sided normal p-value: R's `2 * pnorm(-abs(z))`. */
export function pnorm2(z: number): number {
  return 2 * normalCdf(-Math.abs(z), 0, 1);
}

/**
 * Upper-tail chi-square p: R's `pchisq(x, df, lower.tail = FALSE)`, as the regularized
 * upper incomplete gamma Q(df/2, x/2) so that small p keep full relative precision.
 */
export function pchisqUpper(x: number, df: number): number {
  if (x <= 0) return 1;
  return gammainc(x / 2, df / 2, true, true);
}

/**
 * Quantile of the F distribution: R's `qf(p, df1, df2)`, by bisection on `@stdlib`'s F CDF
 * until the bracket cannot shrink in float64 (as `qt` above: `@stdlib`'s own F quantile is
 * not among the dependencies).
 */
export function qf(p: number, df1: number, df2: number): number {
  if (!(p > 0 && p < 1) || !(df1 > 0) || !(df2 > 0)) {
    throw new RangeError(
      `qf needs 0 < p < 1, df1 > 0 and df2 > 0, got p = ${p}, df1 = ${df1}, df2 = ${df2}`,
    );
  }
  let low = 0, high = 1;
  while (fCdf(high, df1, df2) < p) {
    low = high;
    high *= 2;
  }
  for (let i = 0; i < 2000; i++) {
    const mid = low + (high - low) / 2;
    if (mid === low || mid === high) break;
    if (fCdf(mid, df1, df2) < p) low = mid;
    else high = mid;
  }
  return Math.abs(fCdf(low, df1, df2) - p) <= Math.abs(fCdf(high, df1, df2) - p) ? low : high;
}
