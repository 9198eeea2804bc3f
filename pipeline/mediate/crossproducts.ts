/**
 * Weighted sums and cross-products of data rows (the bootstrap's sufficient statistics).
 * @module
 */

/**
 * Σ w_i z_i and the upper triangle of Σ w_i z_i z_iᵀ for the rows z_i of the columns, each
 * shifted by its full-sample mean (which keeps the centred cross-products well conditioned),
 * in arrays reused from one call to the next.
 *
 * @example
 * ```ts
 * import { WeightedCrossProducts } from "./crossproducts.ts";
 * const acc = new WeightedCrossProducts([new Float64Array([1, 2, 3])]);
 * acc.accumulate(new Uint8Array([1, 1, 1]), []);
 * // Centred sum of squares of (1, 2, 3): 2.
 * if (acc.centred(3)[0] !== 2) throw new Error();
 * ```
 */
export class WeightedCrossProducts {
  readonly n: number;
  readonly p: number;
  /** Rows of the shifted variables, row-major n × p (one sequential pass per resample). */
  readonly rows: Float64Array;
  readonly sums: Float64Array;
  /** Upper triangle of Σ w z zᵀ, row by row. */
  readonly cross: Float64Array;
  readonly #centredMatrix: Float64Array;

  constructor(columns: Float64Array[]) {
    const p = columns.length;
    const n = p === 0 ? 0 : columns[0].length;
    if (p === 0 || columns.some((c) => c.length !== n)) {
      throw new RangeError("WeightedCrossProducts: columns must be non-empty, of equal length");
    }
    this.n = n;
    this.p = p;
    this.rows = new Float64Array(n * p);
    for (let j = 0; j < p; j++) {
      const col = columns[j];
      let mean = 0;
      for (let i = 0; i < n; i++) mean += col[i];
      mean /= n;
      for (let i = 0; i < n; i++) this.rows[i * p + j] = col[i] - mean;
    }
    this.sums = new Float64Array(p);
    this.cross = new Float64Array((p * (p + 1)) / 2);
    this.#centredMatrix = new Float64Array(p * p);
  }

  /**
   * Sums with weights w_i = counts[i] + 256 × (occurrences of i in `overflow`), the
   * multiplicities left by `IndexStream.countInto`: one sequential pass over the rows, then
   * 256 × the row for each overflow entry. The pass also resets `counts` to 0, ready for
   * the next resample (saving a separate pass over them).
   */
  accumulate(counts: Uint8Array, overflow: ArrayLike<number>): void {
    this.sums.fill(0);
    this.cross.fill(0);
    if (this.p === 3) this.#accumulate3(counts);
    else this.#accumulateAny(counts);
    for (let o = 0; o < overflow.length; o++) this.#addRow(overflow[o], 256);
  }

  #addRow(i: number, weight: number): void {
    const { p, rows, sums, cross } = this;
    const base = i * p;
    let t = 0;
    for (let j = 0; j < p; j++) {
      const v = weight * rows[base + j];
      sums[j] += v;
      for (let k = j; k < p; k++, t++) cross[t] += v * rows[base + k];
    }
  }

  #accumulateAny(w: Uint8Array): void {
    const { n, p, rows, sums, cross } = this;
    // Rows drawn 0 times are not skipped: adding exact zeros changes no sum, and a branch on
    // w_i mispredicts about a third of the time (w_i = 0 with probability (1 − 1/n)^n).
    for (let i = 0; i < n; i++) {
      const wi = w[i];
      w[i] = 0;
      const base = i * p;
      let t = 0;
      for (let j = 0; j < p; j++) {
        const v = wi * rows[base + j];
        sums[j] += v;
        for (let k = j; k < p; k++, t++) cross[t] += v * rows[base + k];
      }
    }
  }

  /** The common case (X, M, Y without covariates) with the sums in registers. */
  #accumulate3(w: Uint8Array): void {
    const { n, rows } = this;
    let s0 = 0, s1 = 0, s2 = 0, c00 = 0, c01 = 0, c02 = 0, c11 = 0, c12 = 0, c22 = 0;
    for (let i = 0, base = 0; i < n; i++, base += 3) {
      const wi = w[i];
      w[i] = 0;
      const z0 = rows[base], z1 = rows[base + 1], z2 = rows[base + 2];
      const v0 = wi * z0, v1 = wi * z1, v2 = wi * z2;
      s0 += v0;
      s1 += v1;
      s2 += v2;
      c00 += v0 * z0;
      c01 += v0 * z1;
      c02 += v0 * z2;
      c11 += v1 * z1;
      c12 += v1 * z2;
      c22 += v2 * z2;
    }
    this.sums[0] = s0;
    this.sums[1] = s1;
    this.sums[2] = s2;
    const c = this.cross;
    c[0] = c00;
    c[1] = c01;
    c[2] = c02;
    c[3] = c11;
    c[4] = c12;
    c[5] = c22;
  }

  /** C = Σ w z zᵀ − (Σ w z)(Σ w z)ᵀ / total, full storage (a reused array). */
  centred(total: number): Float64Array {
    const { p, sums, cross } = this;
    const c = this.#centredMatrix;
    let t = 0;
    for (let j = 0; j < p; j++) {
      for (let k = j; k < p; k++, t++) {
        const v = cross[t] - (sums[j] * sums[k]) / total;
        c[j * p + k] = v;
        c[k * p + j] = v;
      }
    }
    return c;
  }
}
