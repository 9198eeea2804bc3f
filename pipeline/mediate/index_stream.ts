/**
 * The bootstrap's stream of row indices (`MersenneDraws`: MT19937 with the same seeding,
 * outputs and `nextIndex(n)` as `createRng(seed)` of `pipeline/random`, bit for bit; tests/
 * mediate/index_stream_test.ts proves it), and the same `nextDouble()` and `nextNormal()`.
 * It exists only for speed: a call through `pure-rand` per draw costs about 14 ns, a draw
 * here about 3.
 * @module
 */

import normalQuantile from "@stdlib/normal-quantile";
import { MersenneDraws } from "./mersenne.ts";

/**
 * `createRng(seed)`'s stream: raw outputs, indices, doubles and normals.
 *
 * @example
 * ```ts
 * import { IndexStream } from "./index_stream.ts";
 * const s = new IndexStream(5489);
 * if (s.nextUint32() !== 3499211612) throw new Error("not MT19937");
 * ```
 */
export class IndexStream extends MersenneDraws {
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
}
