/**
 * Order statistics of bootstrap draws without sorting them: the intervals need a dozen
 * order statistics and one count, and selection finds each in linear time.
 * @module
 */

/** What the interval functions read from draws in increasing order. */
export interface Ordered {
  readonly length: number;
  /** The k-th smallest value, k = 0 … length − 1 (−0 before +0, as a sort orders them). */
  at(k: number): number;
  /** Number of values strictly below x. */
  countBelow(x: number): number;
}

/** Ranges at most this long are sorted instead of partitioned. */
const SMALL = 16;

/**
 * The order statistics of `values` (copied; NaN is a `RangeError`, as in `sortFloat64`),
 * each found on demand by quickselect: `at(k)` equals `sortFloat64(values)[k]`, bit for bit
 * (tests/bench proves it).
 *
 * Algorithm: Hoare's (1961) FIND (quickselect) with a median-of-three pivot on a working
 * copy. Every rank found is remembered, and the copy stays partitioned around it, so a
 * later query searches only between the nearest known ranks (the adjacent order statistics
 * of an interpolated quantile cost almost nothing). Ranges of at most 16 values, and ranges
 * still unresolved after 2·log2(n) + 8 partitions (many ties, or an unlucky order), are
 * sorted, which bounds the work by O(n log n). Comparisons cannot tell −0 from +0; a zero
 * found at rank k gets the sign a sort would give it (−0 if k is below the number of
 * negative values plus negative zeros).
 *
 * @example
 * ```ts
 * import { OrderStatistics } from "./order_statistics.ts";
 * const o = new OrderStatistics(new Float64Array([5, 1, 4, 2, 3]));
 * if (o.at(0) !== 1 || o.at(3) !== 4 || o.countBelow(3) !== 2) throw new Error();
 * ```
 */
export class OrderStatistics implements Ordered {
  readonly length: number;
  readonly #values: Float64Array;
  /**
   * Cuts: positions c with every value before c ≤ every value from c on, increasing, from 0
   * to n. The copy is only ever rearranged between two neighbouring cuts.
   */
  readonly #cuts: number[];
  #min = Infinity;
  #max = -Infinity;
  /** Number of negative values and of −0 (counted when a zero is first returned). */
  #negative = -1;
  #negativeZeros = 0;

  constructor(values: Float64Array) {
    const n = values.length;
    this.length = n;
    this.#values = new Float64Array(n);
    this.#cuts = [0, n];
    let min = Infinity, max = -Infinity;
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (v !== v) throw new RangeError("OrderStatistics: NaN has no rank");
      this.#values[i] = v;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    this.#min = min;
    this.#max = max;
  }

  at(k: number): number {
    if (!(Number.isInteger(k) && k >= 0 && k < this.length)) {
      throw new RangeError(`OrderStatistics.at: rank ${k} outside 0 … ${this.length - 1}`);
    }
    // The extremes are known from the copy.
    const value = k === 0 ? this.#min : k === this.length - 1 ? this.#max : this.#select(k);
    return value === 0 ? this.#signedZero(k) : value;
  }

  countBelow(x: number): number {
    const a = this.#values;
    let count = 0;
    for (let i = 0; i < a.length; i++) if (a[i] < x) count++;
    return count;
  }

  /** The value of rank k, rearranging the copy between the cuts around k (see the class doc). */
  #select(k: number): number {
    const a = this.#values, cuts = this.#cuts;
    let slot = 1;
    while (cuts[slot] <= k) slot++;
    let lo = cuts[slot - 1], hi = cuts[slot] - 1;
    const found: number[] = [];
    let budget = 2 * Math.ceil(Math.log2(hi - lo + 2)) + 8;
    while (hi > lo) {
      if (hi - lo < SMALL || budget-- === 0) {
        a.subarray(lo, hi + 1).sort();
        // Every position of a sorted range is a cut; a long one records only k's.
        if (hi - lo < SMALL) { for (let c = lo + 1; c <= hi; c++) found.push(c); }
        else found.push(k, k + 1);
        break;
      }
      const x = a[lo], y = a[(lo + hi) >>> 1], z = a[hi];
      const pivot = x < y ? (y < z ? y : x < z ? z : x) : (x < z ? x : y < z ? z : y);
      let i = lo, j = hi;
      while (i <= j) {
        while (a[i] < pivot) i++;
        while (a[j] > pivot) j--;
        if (i <= j) {
          const t = a[i];
          a[i] = a[j];
          a[j] = t;
          i++;
          j--;
        }
      }
      // a[lo … j] ≤ pivot, a[j + 1 … i − 1] = pivot, a[i … hi] ≥ pivot: cuts at j + 1 and i.
      if (j + 1 > lo) found.push(j + 1);
      if (i > j + 1 && i <= hi) found.push(i);
      if (k <= j) hi = j;
      else if (k >= i) lo = i;
      else {
        found.push(k, k + 1);
        break;
      }
    }
    if (lo === hi) found.push(k, k + 1);
    this.#addCuts(found);
    return a[k];
  }

  #addCuts(found: number[]): void {
    const cuts = this.#cuts;
    for (const c of found) {
      if (c <= 0 || c >= this.length) continue;
      let slot = cuts.length - 1;
      while (cuts[slot] > c) slot--;
      if (cuts[slot] !== c) cuts.splice(slot + 1, 0, c);
    }
  }

  #signedZero(k: number): number {
    if (this.#negative < 0) {
      const a = this.#values;
      let negative = 0, negativeZeros = 0;
      for (let i = 0; i < a.length; i++) {
        if (a[i] < 0) negative++;
        else if (a[i] === 0 && Object.is(a[i], -0)) negativeZeros++;
      }
      this.#negative = negative;
      this.#negativeZeros = negativeZeros;
    }
    return k < this.#negative + this.#negativeZeros ? -0 : 0;
  }
}

/** Sorted draws seen through the `Ordered` interface (binary search for `countBelow`). */
export function orderedFromSorted(sorted: Float64Array): Ordered {
  return {
    length: sorted.length,
    at: (k) => sorted[k],
    countBelow(x) {
      let low = 0, high = sorted.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (sorted[mid] < x) low = mid + 1;
        else high = mid;
      }
      return low;
    },
  };
}
