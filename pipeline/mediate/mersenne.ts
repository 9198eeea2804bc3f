/**
 * MT19937 for the bootstrap's row indices, without dependencies (the draw worker loads only
 * this file): generated in blocks of 624 tempered outputs, with the same seeding, outputs
 * and derived draw as `createRng(seed).nextIndex(n)` of `pipeline/random`, bit for bit
 * (tests/mediate/index_stream_test.ts proves it). `IndexStream` adds the derived doubles
 * and normals.
 * @module
 */

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df | 0;
const UPPER = 0x80000000 | 0;
const LOWER = 0x7fffffff;
const TWO_32 = 4294967296;
const TWO_MINUS_32 = 1 / TWO_32;
/** Up to this n, the product x·n is formed in 32-bit integer pieces (see `#countSmall`). */
const SMALL_N = 32767;
/** Below this n, x·n < 2^53 for every 32-bit x, so the 64-bit product is exact in a float64. */
const EXACT_N = 2097152;

/**
 * MT19937 (Matsumoto & Nishimura, 1998, ACM TOMACS 8(1)) seeded by `init_genrand(seed)`,
 * identical to `pure-rand`'s `mersenne(seed)`, which `createRng` wraps.
 *
 * @example
 * ```ts
 * import { MersenneDraws } from "./mersenne.ts";
 * const s = new MersenneDraws(5489);
 * if (s.nextUint32() !== 3499211612) throw new Error("not MT19937");
 * ```
 */
export class MersenneDraws {
  readonly #mt = new Int32Array(N);
  /** The current block of tempered outputs. */
  readonly #out = new Uint32Array(N);
  /** The same words read as int32 (what the integer arithmetic of `#countSmall` wants). */
  readonly #outInt = new Int32Array(this.#out.buffer);
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
    // Fewer than 256 draws cannot wrap a byte counter: no overflow test per draw.
    const kind = n > SMALL_N ? FLOAT : draws < 256 ? SMALL_NO_WRAP : SMALL;
    const out = this.#outInt;
    let remaining = draws;
    while (remaining > 0) {
      if (this.#pos === N) this.#refill();
      // A run of draws inside the current block, without the end-of-block test per draw.
      const start = this.#pos;
      const end = remaining < N - start ? start + remaining : N;
      const pos = kind === SMALL_NO_WRAP
        ? _countSmallNoWrap(out, counts, n, start, end)
        : kind === SMALL
        ? _countSmall(out, counts, n, overflow, start, end)
        : _countFloat(this.#out, counts, n, overflow, start, end);
      remaining -= pos - start;
      this.#pos = pos;
      if (pos < end) {
        // Lemire's rare slow path (probability < n / 2^32): it may consume more outputs.
        _add(counts, this.nextIndex(n), overflow);
        remaining--;
      }
    }
  }

  /**
   * Writes the next `indices.length` draws of `nextIndex(n)` into `indices`, in order: the
   * stream `countInto` counts (the draw worker hands these to the thread that counts them).
   */
  indicesInto(indices: Int32Array, n: number): void {
    const draws = indices.length;
    if (n >= EXACT_N) {
      for (let i = 0; i < draws; i++) indices[i] = this.#nextIndexWide(n);
      return;
    }
    let written = 0;
    while (written < draws) {
      if (this.#pos === N) this.#refill();
      const start = this.#pos;
      const end = draws - written < N - start ? start + draws - written : N;
      const pos = _indicesFloat(this.#out, indices, written, n, start, end);
      written += pos - start;
      this.#pos = pos;
      if (pos < end) indices[written++] = this.nextIndex(n);
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
    const out = this.#outInt;
    // mt[k + 1] is read before it is replaced: carried to the next step (one load saved).
    let current = mt[0];
    let k = 0;
    for (; k < N - M; k++) {
      const next = mt[k + 1];
      const y = (current & UPPER) | (next & LOWER);
      const z = mt[k + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
      mt[k] = z;
      out[k] = _temper(z);
      current = next;
    }
    for (; k < N - 1; k++) {
      const next = mt[k + 1];
      const y = (current & UPPER) | (next & LOWER);
      const z = mt[k + M - N] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
      mt[k] = z;
      out[k] = _temper(z);
      current = next;
    }
    const y = (current & UPPER) | (mt[0] & LOWER);
    out[N - 1] = _temper(mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A));
    this.#pos = 0;
  }
}

const SMALL_NO_WRAP = 0, SMALL = 1, FLOAT = 2;

/**
 * Counts the draws of outputs start … end − 1 of a block for n ≤ SMALL_N, in 32-bit integer
 * arithmetic: with x = 2^16·x_h + x_l, lo = x_l·n and hi = x_h·n + ⌊lo / 2^16⌋ are below
 * 2^31, the draw ⌊x·n / 2^32⌋ is ⌊hi / 2^16⌋, and the low word of x·n is
 * 2^16·(hi mod 2^16) + (lo mod 2^16), which is below n (where Lemire's method may reject)
 * only when hi mod 2^16 = 0. Returns the position of the first output that needs that test
 * (`end` if none). Byte counters that reach 256 go to `overflow` (see `countInto`).
 */
function _countSmall(
  out: Int32Array,
  counts: Uint8Array,
  n: number,
  overflow: number[],
  start: number,
  end: number,
): number {
  let pos = start;
  for (; pos < end; pos++) {
    const x = out[pos];
    const lo = (x & 0xffff) * n;
    const hi = (x >>> 16) * n + (lo >>> 16);
    if ((hi & 0xffff) === 0 && (lo & 0xffff) < n) break;
    const index = hi >>> 16;
    // ++ yields 256 when the byte wraps to 0 (no second read of the counter).
    if (++counts[index] === 256) overflow.push(index);
  }
  return pos;
}

/** `_countSmall` for fewer than 256 draws, which cannot wrap a counter. */
function _countSmallNoWrap(
  out: Int32Array,
  counts: Uint8Array,
  n: number,
  start: number,
  end: number,
): number {
  let pos = start;
  for (; pos < end; pos++) {
    const x = out[pos];
    const lo = (x & 0xffff) * n;
    const hi = (x >>> 16) * n + (lo >>> 16);
    if ((hi & 0xffff) === 0 && (lo & 0xffff) < n) break;
    counts[hi >>> 16]++;
  }
  return pos;
}

/** `_countSmall` for SMALL_N < n < EXACT_N, where x·n is exact in a float64. */
function _countFloat(
  out: Uint32Array,
  counts: Uint8Array,
  n: number,
  overflow: number[],
  start: number,
  end: number,
): number {
  let pos = start;
  for (; pos < end; pos++) {
    const product = out[pos] * n;
    // × 2^-32 is exact, and much cheaper than ÷ 2^32.
    const high = (product * TWO_MINUS_32) >>> 0;
    if (product - high * TWO_32 < n) break;
    if (++counts[high] === 256) overflow.push(high);
  }
  return pos;
}

/** `_countFloat`, writing the draws to indices[at …] instead of counting them. */
function _indicesFloat(
  out: Uint32Array,
  indices: Int32Array,
  at: number,
  n: number,
  start: number,
  end: number,
): number {
  let pos = start;
  for (; pos < end; pos++, at++) {
    const product = out[pos] * n;
    const high = (product * TWO_MINUS_32) >>> 0;
    if (product - high * TWO_32 < n) break;
    indices[at] = high;
  }
  return pos;
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
