/**
 * Upper-triangular solves and inverses (row-major k × k arrays).
 * @module
 */

/**
 * Solves R x = b for upper-triangular R (row-major, k × k) by back substitution
 * (R's `backsolve`). A zero on the diagonal throws `RangeError`.
 *
 * @example
 * ```ts
 * import { backsolve } from "./triangular.ts";
 * const x = backsolve(new Float64Array([2, 1, 0, 4]), 2, new Float64Array([4, 8]));
 * if (x[0] !== 1 || x[1] !== 2) throw new Error("backsolve");
 * ```
 */
export function backsolve(r: Float64Array, k: number, b: ArrayLike<number>): Float64Array {
  if (r.length !== k * k || b.length !== k) throw new RangeError("backsolve(): size mismatch");
  const x = new Float64Array(k);
  for (let i = k - 1; i >= 0; i--) {
    let s = b[i];
    for (let j = i + 1; j < k; j++) s -= r[i * k + j] * x[j];
    const d = r[i * k + i];
    if (d === 0) throw new RangeError(`backsolve(): R[${i}, ${i}] is zero`);
    x[i] = s / d;
  }
  return x;
}

/** R⁻¹ for upper-triangular R (row-major k × k); the result is upper triangular. */
export function upperInverse(r: Float64Array, k: number): Float64Array {
  if (r.length !== k * k) throw new RangeError("upperInverse(): size mismatch");
  const inv = new Float64Array(k * k);
  const e = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    e.fill(0);
    e[j] = 1;
    const column = backsolve(r, k, e);
    for (let i = 0; i <= j; i++) inv[i * k + j] = column[i];
  }
  return inv;
}

/**
 * (RᵀR)⁻¹ = R⁻¹R⁻ᵀ for upper-triangular R (row-major k × k): with R from the QR of X this is
 * (XᵀX)⁻¹, formed without XᵀX (R's `chol2inv(R)`, as `summary.lm` uses).
 *
 * @example
 * ```ts
 * import { crossprodInverse } from "./triangular.ts";
 * const m = crossprodInverse(new Float64Array([2, 0, 0, 4]), 2);
 * if (m[0] !== 0.25 || m[3] !== 1 / 16 || m[1] !== 0) throw new Error("chol2inv");
 * ```
 */
export function crossprodInverse(r: Float64Array, k: number): Float64Array {
  const inv = upperInverse(r, k);
  const out = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k; j++) {
      // (R⁻¹R⁻ᵀ)_ij = Σ_m R⁻¹_im R⁻¹_jm, non-zero only for m >= max(i, j) = j.
      let s = 0;
      for (let m = j; m < k; m++) s += inv[i * k + m] * inv[j * k + m];
      out[i * k + j] = s;
      out[j * k + i] = s;
    }
  }
  return out;
}
