/**
 * Products with Q and least-squares solutions from a {@link QR} factorisation.
 * @module
 */
import { _reflect, type QR } from "./qr.ts";
import { backsolve } from "./triangular.ts";

/**
 * Qᵀy (R's `qr.qty`; the "effects" of `lm.fit`). Returns a new array of length n.
 *
 * @example
 * ```ts
 * import { qr } from "./qr.ts";
 * import { qrQty } from "./apply.ts";
 * const f = qr([new Float64Array([1, 1])]);
 * const e = qrQty(f, new Float64Array([3, 5]));
 * // First: the projection on the unit column; second: the residual direction (signs may flip).
 * if (Math.abs(Math.abs(e[0]) - 8 / Math.SQRT2) > 1e-12) throw new Error("effect 1");
 * if (Math.abs(Math.abs(e[1]) - Math.SQRT2) > 1e-12) throw new Error("effect 2");
 * ```
 */
export function qrQty(f: QR, y: Float64Array): Float64Array {
  _checkLength(f, y);
  const z = Float64Array.from(y);
  for (let k = 0; k < f.rank; k++) _reflect(f.v[k], f.beta[k], k, z);
  return z;
}

/** Qz (R's `qr.qy`). Returns a new array of length n. */
export function qrQy(f: QR, z: Float64Array): Float64Array {
  _checkLength(f, z);
  const out = Float64Array.from(z);
  for (let k = f.rank - 1; k >= 0; k--) _reflect(f.v[k], f.beta[k], k, out);
  return out;
}

/**
 * Least-squares coefficients of y on the kept columns (R's `qr.coef`, without the NAs for
 * aliased columns): solves R b = (Qᵀy)[0:rank]. Entry k belongs to column `f.kept[k]`.
 */
export function qrCoef(f: QR, y: Float64Array): Float64Array {
  const effects = qrQty(f, y);
  return backsolve(f.r, f.rank, effects.subarray(0, f.rank));
}

/**
 * Residuals y − ŷ computed as Q·(0, (Qᵀy)[rank:]) (R's `qr.resid`, as `lm.fit` does), which
 * keeps them orthogonal to the columns to rounding error.
 */
export function qrResiduals(f: QR, y: Float64Array): Float64Array {
  const effects = qrQty(f, y);
  effects.fill(0, 0, f.rank);
  return qrQy(f, effects);
}

/**
 * Diagonal of the hat matrix H = Q₁Q₁ᵀ (leverages), as the row sums of squares of the first
 * `rank` columns of Q (R's `lm.influence()$hat`, before its rounding of values above
 * 1 − 10·eps to 1).
 */
export function qrHat(f: QR): Float64Array {
  const hat = new Float64Array(f.n);
  const e = new Float64Array(f.n);
  for (let k = 0; k < f.rank; k++) {
    e.fill(0);
    e[k] = 1;
    // H_m e_k = e_k for m > k, so Q e_k = H_0···H_k e_k.
    for (let m = k; m >= 0; m--) _reflect(f.v[m], f.beta[m], m, e);
    for (let i = 0; i < f.n; i++) hat[i] += e[i] * e[i];
  }
  return hat;
}

function _checkLength(f: QR, y: Float64Array): void {
  if (y.length !== f.n) {
    throw new RangeError(`vector has length ${y.length}, the QR has ${f.n} rows`);
  }
}
