/**
 * The sweep operator on a symmetric cross-product matrix: regressions of the unswept
 * variables on the swept ones, read off the matrix without forming a design matrix.
 * @module
 */

/**
 * Relative tolerance of the degeneracy tests in {@link sweepChecked}: a variable is
 * degenerate when its sum of squares is at most 1e-10 × the reference (zero variance), or
 * when what is left of it after the earlier swept variables is at most 1e-10 × its own sum of
 * squares (R² > 1 − 1e-10 on them: collinear). `lm()`'s QR test (norm ratio 1e-7) is the
 * square root of a sum-of-squares ratio of 1e-14; 1e-10 is slightly stricter.
 */
export const SWEEP_TOLERANCE = 1e-10;

/**
 * Sweeps variable k of the p × p symmetric matrix `a` (row-major, full storage) in place,
 * after checking that it is not degenerate. Returns false (and leaves `a` unchanged) when
 * it is: its sum of squares `a0[k, k]` (in the unswept matrix `a0`) is ≤ SWEEP_TOLERANCE ×
 * `reference[k]`, or its pivot (residual sum of squares on the variables swept before) is
 * ≤ SWEEP_TOLERANCE × `a0[k, k]`.
 *
 * Definition (Dempster, 1969; Goodnight, 1979, The American Statistician 33(3)), with
 * d = a[k, k]: a[i, j] −= a[i, k]·a[k, j]/d for i, j ≠ k; a[i, k] = a[k, i] = a[k, i]/d;
 * a[k, k] = −1/d. After sweeping a set S of a centred cross-product matrix, a[s, r] for s in
 * S and r outside S is the slope of s in the least-squares regression of r on S (with an
 * intercept), and a[r, r] is that regression's residual sum of squares.
 *
 * @example
 * ```ts
 * import { sweepChecked } from "./sweep.ts";
 * // Centred cross-products of x = (1, 2, 3) and y = (2, 4, 7): Sxx = 2, Sxy = 5, Syy = 12.67.
 * const c = new Float64Array([2, 5, 5, 38 / 3]);
 * const a = c.slice();
 * if (!sweepChecked(a, 2, 0, c, new Float64Array([2, 38 / 3]))) throw new Error("degenerate");
 * if (a[1] !== 2.5) throw new Error("slope of y on x is 2.5");
 * ```
 */
export function sweepChecked(
  a: Float64Array,
  p: number,
  k: number,
  a0: Float64Array,
  reference: Float64Array,
): boolean {
  const kk = k * p + k;
  const d = a[kk];
  const ss = a0[kk];
  if (!(ss > SWEEP_TOLERANCE * reference[k]) || !(d > SWEEP_TOLERANCE * ss)) return false;
  const rowK = k * p;
  for (let i = 0; i < p; i++) {
    if (i === k) continue;
    const rowI = i * p;
    const f = a[rowI + k] / d;
    if (f === 0) continue;
    for (let j = 0; j < p; j++) {
      if (j !== k) a[rowI + j] -= f * a[rowK + j];
    }
  }
  for (let j = 0; j < p; j++) {
    if (j === k) continue;
    const v = a[rowK + j] / d;
    a[rowK + j] = v;
    a[j * p + k] = v;
  }
  a[kk] = -1 / d;
  return true;
}
