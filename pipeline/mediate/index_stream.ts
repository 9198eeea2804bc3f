/**
 * The bootstrap's stream of row indices: MT19937 generated in blocks of 624 tempered
 * outputs, with the same seeding, outputs and derived draw as `createRng(seed).nextIndex(n)`
 * of `pipeline/random`, bit for bit (tests/mediate/index_stream_test.ts proves it), and the
 * same `nextDouble()` and `nextNormal()`. It exists only for speed: a call through `pure-rand`
 * per draw costs about 14 ns, a draw here about 3.
 * @module
 */

import normalQuantile from "@stdlib/normal-quantile";

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df | 0;
const UPPER = 0x80000000 | 0;
const LOWER = 0x7fffffff;
const TWO_32 = 4294967296;
/** Below this n, x·n < 2^53 for every 32-bit x, so the 64-bit product is exact in a float64. */
const EXACT_N = 2097152;

/**
 * MT19937 (Matsumoto & Nishimura, 1998, ACM TOMACS 8(1)) seeded by `init_genrand(seed)`,
 * identical to `pure-rand`'s `mersenne(seed)`, which `createRng` wraps.
 *
 * @example
 * ```ts
 * import { IndexStream } from "./index_stream.ts";
 * const s = new IndexStream(5489);
 * if (s.nextUint32() !== 3499211612) throw new Error("not MT19937");
 * ```
 */
export class IndexStream {
  readonly #mt = new Int32Array(N);
  /** The current block of tempered outputs. */
  readonly #out = new Uint32Array(N);
  #pos = N;

  constructor(seed: number) {
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
      throw new RangeError(`seed must be an integer in [0, 4294967295], got ${seed}`);
    }
    const mt = this.#mt;
    mt[0] = seed | 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1];
      mt[i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) | 0;
    }
  }

  /** The next raw 32-bit output (`genrand_int32`). */
  nextUint32(): number {
    if (this.#pos === N) this.#refill();
    return this.#out[this.#pos++];
  }

  /** `createRng(seed).nextDouble()`: 53-bit uniform on [0, 1) from two outputs (`genrand_res53`). */
  nextDouble(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** `createRng(seed).nextNormal()`: Φ⁻¹(nextDouble()) (`@stdlib`'s quantile), 0 redrawn. */
  nextNormal(): number {
    let u = this.nextDouble();
    while (u === 0) u = this.nextDouble();
    return normalQuantile(u, 0, 1);
  }

  /**
   * Uniform integer on [0, n), 1 ≤ n < 2^32, by Lemire's (2019) multiply-and-reject method
   * exactly as `createRng(seed).nextIndex(n)`: the high 32 bits of x·n, redrawing x while
   * the low 32 bits fall below (2^32 − n) mod n.
   */
  nextIndex(n: number): number {
    if (n >= EXACT_N) return this.#nextIndexWide(n);
    const product = this.nextUint32() * n;
    const high = (product / TWO_32) >>> 0;
    if (product - high * TWO_32 >= n) return high;
    return this.#reject(n, product - high * TWO_32, high);
  }

  /**
   * Draws `draws` indices on [0, n) (a resample: draws = n) and counts them: the
   * multiplicities of the rows, the same draws in the same order as `nextIndex(n)`.
   * `counts` is a byte per row (a quarter of the memory traffic of 32-bit counters, which
   * matters at large n). A count that reaches 256 wraps to 0 and the row is appended to
   * `overflow`: row i's multiplicity = counts[i] + 256 × (occurrences of i in `overflow`).
   * (Impossible for n ≤ 255; for larger n a row drawn 256 times has probability below
   * n/256!, but it is still counted exactly.)
   */
  countInto(counts: Uint8Array, n: number, overflow: number[], draws: number = n): void {
    if (n >= EXACT_N) {
      for (let i = 0; i < draws; i++) _add(counts, this.#nextIndexWide(n), overflow);
      return;
    }
    const out = this.#out;
    let remaining = draws;
    while (remaining > 0) {
      if (this.#pos === N) this.#refill();
      // A run of draws inside the current block, without the end-of-block test per draw.
      const start = this.#pos;
      const end = remaining < N - start ? start + remaining : N;
      let pos = start;
      while (pos < end) {
        const product = out[pos] * n;
        const high = (product / TWO_32) >>> 0;
        if (product - high * TWO_32 < n) break;
        // ++ yields 256 when the byte wraps to 0 (no second read of the counter).
        if (++counts[high] === 256) overflow.push(high);
        pos++;
      }
      remaining -= pos - start;
      this.#pos = pos;
      if (pos < end) {
        // Lemire's rare slow path (probability < n / 2^32): it may consume more outputs.
        _add(counts, this.nextIndex(n), overflow);
        remaining--;
      }
    }
  }

  /** Lemire's rejection step (probability < n / 2^32 per draw). */
  #reject(n: number, low: number, high: number): number {
    const threshold = (TWO_32 - n) % n;
    while (low < threshold) {
      const product = this.nextUint32() * n;
      high = (product / TWO_32) >>> 0;
      low = product - high * TWO_32;
    }
    return high;
  }

  #nextIndexWide(n: number): number {
    const threshold = (TWO_32 - n) % n;
    for (;;) {
      const x = this.nextUint32();
      // The 64-bit product from the 16-bit halves of x: every partial product is < 2^53.
      const lowPart = (x & 0xffff) * n;
      const highPart = (x >>> 16) * n;
      const low = (lowPart + (highPart % 65536) * 65536) % TWO_32;
      if (low >= threshold) return Math.floor((highPart + Math.floor(lowPart / 65536)) / 65536);
    }
  }

  /**
   * Regenerates the 624 words of state (the block step of `genrand_int32`) and tempers each
   * word as soon as it is final (one pass instead of two).
   */
  #refill(): void {
    const mt = this.#mt;
    const out = this.#out;
    let k = 0;
    for (; k < N - M; k++) {
      const y = (mt[k] & UPPER) | (mt[k + 1] & LOWER);
      out[k] = _temper(mt[k] = mt[k + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A));
    }
    for (; k < N - 1; k++) {
      const y = (mt[k] & UPPER) | (mt[k + 1] & LOWER);
      out[k] = _temper(mt[k] = mt[k + M - N] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A));
    }
    const y = (mt[N - 1] & UPPER) | (mt[0] & LOWER);
    out[N - 1] = _temper(mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A));
    this.#pos = 0;
  }
}

/** Adds one draw of row i to the byte counts (see `countInto`). */
function _add(counts: Uint8Array, i: number, overflow: number[]): void {
  if (++counts[i] === 256) overflow.push(i);
}

/** MT19937 tempering of one state word (an int32; the result is stored as uint32). */
function _temper(z: number): number {
  z ^= z >>> 11;
  z ^= (z << 7) & 0x9d2c5680;
  z ^= (z << 15) & 0xefc60000;
  return z ^ (z >>> 18);
}
