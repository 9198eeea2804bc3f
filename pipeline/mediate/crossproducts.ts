/**
 * Weighted sums and cross-products of data rows (the bootstrap's sufficient statistics).
 * @module
 */

/**
 * Rows per block of the weighted pass: the loops of a block re-read its rows from cache, so
 * memory is read once per resample however many loops the sums are split into (3 columns of
 * 2,048 rows: 48 KB).
 */
const BLOCK = 2048;

/** Largest number of sums accumulated by one loop of the generic pass (more spill registers). */
const GROUP = 4;

/**
 * Σ w_i z_i and the upper triangle of Σ w_i z_i z_iᵀ for the rows z_i of the columns, each
 * shifted by its full-sample mean (which keeps the centred cross-products well conditioned),
 * in arrays reused from one call to the next.
 *
 * Every sum is accumulated in row order, i = 0, 1, …, n − 1, starting from 0, adding
 * v_ij = w_i·z_ij to Σ w z_j and v_ij·z_ik to Σ w z_j z_k (for k ≥ j); then, for each
 * entry of `overflow` in order, 256·z_ij and (256·z_ij)·z_ik. This order fixes every bit of
 * the result; how the loops are arranged (the sums are independent of one another) does not
 * change it: `accumulate` splits them into several loops over cached blocks of rows, which
 * keeps the running sums in registers.
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
  /** The variables shifted by their full-sample means, one array per variable. */
  readonly shifted: Float64Array[];
  readonly sums: Float64Array;
  /** Upper triangle of Σ w z zᵀ, row by row. */
  readonly cross: Float64Array;
  readonly #centredMatrix: Float64Array;
  /** Generic pass: groups of GROUP sums sharing the first factor z_j (see `#plan`). */
  readonly #groups: _Group[];

  constructor(columns: Float64Array[]) {
    const p = columns.length;
    const n = p === 0 ? 0 : columns[0].length;
    if (p === 0 || columns.some((c) => c.length !== n)) {
      throw new RangeError("WeightedCrossProducts: columns must be non-empty, of equal length");
    }
    this.n = n;
    this.p = p;
    this.shifted = columns.map((col) => {
      let mean = 0;
      for (let i = 0; i < n; i++) mean += col[i];
      mean /= n;
      const z = new Float64Array(n);
      for (let i = 0; i < n; i++) z[i] = col[i] - mean;
      return z;
    });
    this.sums = new Float64Array(p);
    this.cross = new Float64Array((p * (p + 1)) / 2);
    this.#centredMatrix = new Float64Array(p * p);
    this.#groups = p === 3 ? [] : this.#plan();
  }

  /**
   * The generic pass's loops: for each j, Σ w z_j (as Σ (w z_j)·1, the same bits) and
   * Σ w z_j z_k for k ≥ j, in groups of at most GROUP.
   */
  #plan(): _Group[] {
    const { n, p, shifted } = this;
    const ones = new Float64Array(n).fill(1);
    const groups: _Group[] = [];
    let t = 0;
    for (let j = 0; j < p; j++) {
      const pending: { factor: Float64Array; target: Float64Array; at: number }[] = [
        { factor: ones, target: this.sums, at: j },
      ];
      for (let k = j; k < p; k++, t++) {
        pending.push({ factor: shifted[k], target: this.cross, at: t });
      }
      for (let g = 0; g < pending.length; g += GROUP) {
        const group = pending.slice(g, g + GROUP);
        // A short group repeats its first factor into sums that are never read.
        const factors = Array.from({ length: GROUP }, (_, q) => (group[q] ?? group[0]).factor);
        groups.push({
          z: shifted[j],
          factors,
          sums: new Float64Array(GROUP),
          targets: group.map((e) => e.target),
          at: group.map((e) => e.at),
        });
      }
    }
    return groups;
  }

  /**
   * Sums with weights w_i = counts[i] + 256 × (occurrences of i in `overflow`), the
   * multiplicities left by `IndexStream.countInto`: a pass over the rows, then 256 × the row
   * for each overflow entry. The pass also resets `counts` to 0, ready for the next resample.
   */
  accumulate(counts: Uint8Array, overflow: ArrayLike<number>): void {
    if (this.p === 3) {
      const [z0, z1, z2] = this.shifted;
      _pass3(counts, z0, z1, z2, this.n, this.sums, this.cross);
    } else {
      const groups = this.#groups;
      for (const g of groups) g.sums.fill(0);
      for (let start = 0; start < this.n; start += BLOCK) {
        const end = Math.min(this.n, start + BLOCK);
        for (let k = 0; k < groups.length; k++) {
          const { z, factors: f, sums } = groups[k];
          _group(counts, z, f[0], f[1], f[2], f[3], start, end, sums);
        }
      }
      for (const g of groups) g.at.forEach((at, q) => g.targets[q][at] = g.sums[q]);
      counts.fill(0);
    }
    for (let o = 0; o < overflow.length; o++) this.#addRow(overflow[o], 256);
  }

  #addRow(i: number, weight: number): void {
    const { p, shifted, sums, cross } = this;
    let t = 0;
    for (let j = 0; j < p; j++) {
      const v = weight * shifted[j][i];
      sums[j] += v;
      for (let k = j; k < p; k++, t++) cross[t] += v * shifted[k][i];
    }
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

/**
 * The pass for three variables (X, M, Y without covariates): the nine sums in two loops per
 * block (five and four running sums: all in registers), the second loop resetting the
 * counts. Writes sums (3) and cross (6).
 */
function _pass3(
  w: Uint8Array,
  z0: Float64Array,
  z1: Float64Array,
  z2: Float64Array,
  n: number,
  sums: Float64Array,
  cross: Float64Array,
): void {
  let s0 = 0, s1 = 0, s2 = 0, c00 = 0, c01 = 0, c02 = 0, c11 = 0, c12 = 0, c22 = 0;
  for (let start = 0; start < n; start += BLOCK) {
    const end = start + BLOCK < n ? start + BLOCK : n;
    for (let i = start; i < end; i++) {
      const wi = w[i];
      const z0i = z0[i], z1i = z1[i], z2i = z2[i];
      const v0 = wi * z0i;
      s0 += v0;
      s1 += wi * z1i;
      s2 += wi * z2i;
      c00 += v0 * z0i;
      c01 += v0 * z1i;
    }
    for (let i = start; i < end; i++) {
      const wi = w[i];
      w[i] = 0;
      const z0i = z0[i], z1i = z1[i], z2i = z2[i];
      const v1 = wi * z1i, v2 = wi * z2i;
      c02 += (wi * z0i) * z2i;
      c11 += v1 * z1i;
      c12 += v1 * z2i;
      c22 += v2 * z2i;
    }
  }
  sums[0] = s0;
  sums[1] = s1;
  sums[2] = s2;
  cross[0] = c00;
  cross[1] = c01;
  cross[2] = c02;
  cross[3] = c11;
  cross[4] = c12;
  cross[5] = c22;
}

/** Four sums Σ (w·z)·f_q of the generic pass, kept in `sums` between blocks. */
interface _Group {
  z: Float64Array;
  factors: Float64Array[];
  sums: Float64Array;
  /** Where each real sum goes (the group may have fewer than GROUP). */
  targets: Float64Array[];
  at: number[];
}

/** sums[q] += (w_i·z_i)·f_q[i] over rows start … end − 1, q = 0 … 3. */
function _group(
  w: Uint8Array,
  z: Float64Array,
  f0: Float64Array,
  f1: Float64Array,
  f2: Float64Array,
  f3: Float64Array,
  start: number,
  end: number,
  sums: Float64Array,
): void {
  let a0 = sums[0], a1 = sums[1], a2 = sums[2], a3 = sums[3];
  for (let i = start; i < end; i++) {
    const v = w[i] * z[i];
    a0 += v * f0[i];
    a1 += v * f1[i];
    a2 += v * f2[i];
    a3 += v * f3[i];
  }
  sums[0] = a0;
  sums[1] = a1;
  sums[2] = a2;
  sums[3] = a3;
}
