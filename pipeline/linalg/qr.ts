/**
 * Householder QR decomposition of a tall matrix given as columns, with R's rank test.
 * @module
 */

/** Default rank tolerance: R's `lm()` passes `tol = 1e-7` to LINPACK `dqrdc2`. */
export const QR_TOLERANCE = 1e-7;

/** Options of {@link qr}. */
export interface QrOptions {
  /**
   * A column is aliased (linearly dependent on the columns kept before it) when the norm of
   * what is left of it after projecting out those columns is below `tol` times its original
   * norm. Default {@link QR_TOLERANCE} (1e-7, as `lm()`).
   */
  tol?: number;
}

/**
 * The factorisation X[, kept] = Q·R of the kept (non-aliased) columns.
 * Q = H_0·H_1···H_{rank−1}, with Householder reflectors H_k = I − v_k v_kᵀ / beta_k.
 */
export interface QR {
  /** Rows of X. */
  n: number;
  /** Columns of X, kept and aliased. */
  p: number;
  /** Number of kept columns (the numerical rank). */
  rank: number;
  /** Indices (into the input columns) of the kept columns, in input order. */
  kept: number[];
  /** Indices of the aliased columns, in input order (empty when X has full column rank). */
  aliased: number[];
  /** Householder vectors v_k (length n; entries above row k are zero). */
  v: Float64Array[];
  /** beta_k = v_kᵀv_k / 2, so that H_k z = z − v_k (v_kᵀz) / beta_k. */
  beta: Float64Array;
  /** R: rank × rank upper triangular, row-major. */
  r: Float64Array;
  /** The tolerance used for the rank test. */
  tol: number;
}

/**
 * Householder QR of X (given as columns), detecting rank deficiency as R's `lm()` does.
 *
 * Algorithm: columns are processed left to right. Each column is multiplied by the reflectors
 * of the columns kept so far; if the norm of the part of it below the current rank is smaller
 * than `tol` × its original norm (an all-zero column counts as norm 1, as in `dqrdc2`), the
 * column is aliased and skipped; otherwise a reflector is built from it and it is kept.
 * This is the criterion of LINPACK `dqrdc2` (R's modification of `dqrdc`, used by
 * `lm.fit`, `qr(..., LAPACK = FALSE)`), which moves such columns to the end; here they are
 * listed in `aliased` instead. `dqrdc2` tracks the remaining norms by downdating, this code
 * recomputes them, so the two can differ only for columns within rounding of the tolerance.
 * Reference: Golub & Van Loan (2013), Matrix Computations, 4th ed., §5.2; Dongarra et al.
 * (1979), LINPACK Users' Guide, ch. 9.
 *
 * Degenerate input: zero rows or columns, or columns of different lengths, throw
 * `RangeError`; when n < p, at most n columns are kept and the rest are aliased.
 *
 * @example
 * ```ts
 * import { qr } from "./qr.ts";
 * const one = new Float64Array([1, 1, 1, 1]);
 * const x = new Float64Array([1, 2, 3, 4]);
 * const twiceX = new Float64Array([2, 4, 6, 8]);
 * const f = qr([one, x, twiceX]);
 * if (f.rank !== 2 || f.aliased[0] !== 2) throw new Error("rank");
 * ```
 */
export function qr(columns: Float64Array[], options: QrOptions = {}): QR {
  const tol = options.tol ?? QR_TOLERANCE;
  const p = columns.length;
  if (p === 0) throw new RangeError("qr() needs at least one column");
  const n = columns[0].length;
  if (n === 0) throw new RangeError("qr() needs at least one row");
  for (const column of columns) {
    if (column.length !== n) throw new RangeError("qr(): columns differ in length");
  }
  if (!(tol >= 0)) throw new RangeError(`qr(): tol must be >= 0, got ${tol}`);

  const kept: number[] = [];
  const aliased: number[] = [];
  const v: Float64Array[] = [];
  const betas: number[] = [];
  const rColumns: Float64Array[] = [];
  for (let j = 0; j < p; j++) {
    const k = kept.length;
    const z = Float64Array.from(columns[j]);
    const original = _norm(z, 0);
    for (let m = 0; m < k; m++) _reflect(v[m], betas[m], m, z);
    const remaining = k < n ? _norm(z, k) : 0;
    if (k >= n || remaining < tol * (original === 0 ? 1 : original)) {
      aliased.push(j);
      continue;
    }
    // Reflect z[k:] onto alpha·e_k, alpha = −sign(z_k)·‖z[k:]‖ (no cancellation in v_k).
    const alpha = z[k] >= 0 ? -remaining : remaining;
    const vk = new Float64Array(n);
    for (let i = k; i < n; i++) vk[i] = z[i];
    vk[k] -= alpha;
    // vᵀv / 2 = alpha² − alpha·z_k = −alpha·v_k.
    const beta = -alpha * vk[k];
    const rColumn = new Float64Array(k + 1);
    for (let i = 0; i < k; i++) rColumn[i] = z[i];
    rColumn[k] = alpha;
    v.push(vk);
    betas.push(beta);
    rColumns.push(rColumn);
    kept.push(j);
  }
  const rank = kept.length;
  const r = new Float64Array(rank * rank);
  for (let j = 0; j < rank; j++) {
    for (let i = 0; i <= j; i++) r[i * rank + j] = rColumns[j][i];
  }
  return { n, p, rank, kept, aliased, v, beta: Float64Array.from(betas), r, tol };
}

/** z ← H z for the reflector (v, beta) whose non-zero entries start at row `from`. */
export function _reflect(v: Float64Array, beta: number, from: number, z: Float64Array): void {
  let dot = 0;
  for (let i = from; i < v.length; i++) dot += v[i] * z[i];
  const scale = dot / beta;
  for (let i = from; i < v.length; i++) z[i] -= scale * v[i];
}

function _norm(z: Float64Array, from: number): number {
  // Scaled sum of squares (as BLAS dnrm2) so that huge or tiny columns do not over/underflow.
  let scale = 0, ssq = 1;
  for (let i = from; i < z.length; i++) {
    const a = Math.abs(z[i]);
    if (a === 0) continue;
    if (scale < a) {
      ssq = 1 + ssq * (scale / a) * (scale / a);
      scale = a;
    } else {
      ssq += (a / scale) * (a / scale);
    }
  }
  return scale * Math.sqrt(ssq);
}
