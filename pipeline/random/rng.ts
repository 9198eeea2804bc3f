/**
 * The project's one source of randomness: MT19937 (Matsumoto & Nishimura, 1998,
 * ACM TOMACS 8(1)) from the npm package `pure-rand`, seeded with `init_genrand(seed)`.
 * Every random draw of the pipeline (bootstrap resamples, Monte Carlo intervals,
 * the simulator, power analysis) comes from here, so a seed fixes every number.
 *
 * Derived draws, each documented because it fixes the bit-for-bit stream:
 * - `nextUint32()`: the raw 32-bit output (`genrand_int32`).
 * - `nextDouble()`: 53-bit uniform on [0, 1) from two outputs (`genrand_res53`).
 * - `nextIndex(n)`: uniform integer on [0, n) by Lemire's (2019) multiply-and-reject
 *   method on 32-bit outputs: unbiased, one output per draw almost always.
 * - `nextNormal()`: standard normal by inversion, `Φ⁻¹(nextDouble())` (R's default
 *   method; 0 is redrawn so the quantile is finite).
 *
 * Test vectors: the MT19937 reference outputs for seed 5489 (the first ones, and the
 * 10,000th = 4123659995, required of `std::mt19937` by the C++ standard).
 *
 * @example
 * ```ts
 * import { createRng } from "./rng.ts";
 * const rng = createRng(5489);
 * if (rng.nextUint32() !== 3499211612) throw new Error("not MT19937");
 * ```
 * @module
 */
import { mersenne } from "pure-rand/generator/mersenne";
import normalQuantile from "@stdlib/normal-quantile";

/** A seeded generator; see the module doc for the exact definition of each draw. */
export interface Rng {
  nextUint32(): number;
  nextDouble(): number;
  nextIndex(n: number): number;
  nextNormal(): number;
}

/** Creates a generator from an integer seed in [0, 2^32). */
export function createRng(seed: number): Rng {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`seed must be an integer in [0, 4294967295], got ${seed}`);
  }
  const mt = mersenne(seed | 0);
  const nextUint32 = (): number => mt.next() >>> 0;
  const nextDouble = (): number => {
    const a = nextUint32() >>> 5;
    const b = nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  };
  const nextIndex = (n: number): number => {
    if (!Number.isInteger(n) || n < 1 || n > 0xffffffff) {
      throw new RangeError(`nextIndex needs an integer n in [1, 2^32), got ${n}`);
    }
    // Lemire (2019), "Fast random integer generation in an interval", ACM TOMACS 29(1).
    let x = nextUint32();
    let m = _mul64(x, n);
    let low = m.low;
    if (low < n) {
      const threshold = (0x100000000 - n) % n;
      while (low < threshold) {
        x = nextUint32();
        m = _mul64(x, n);
        low = m.low;
      }
    }
    return m.high;
  };
  const nextNormal = (): number => {
    let u = nextDouble();
    while (u === 0) u = nextDouble();
    return normalQuantile(u, 0, 1);
  };
  return { nextUint32, nextDouble, nextIndex, nextNormal };
}

/** Full 64-bit product of two uint32 values, as high and low 32-bit halves. */
function _mul64(x: number, n: number): { high: number; low: number } {
  const xh = x >>> 16, xl = x & 0xffff;
  const lowPart = xl * n; // < 2^48, exact in float64
  const highPart = xh * n; // < 2^48
  const low = (lowPart + (highPart % 65536) * 65536) % 0x100000000;
  const high = Math.floor((highPart + Math.floor(lowPart / 65536)) / 65536);
  return { high, low };
}
