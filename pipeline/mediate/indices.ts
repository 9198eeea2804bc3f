/**
 * The row indices of the bootstrap resamples, for checking the engine elsewhere (R).
 * @module
 */
import { IndexStream } from "./index_stream.ts";

/**
 * Yields, for r = 0 … resamples − 1, the n 0-based row indices of resample r in the order
 * they are drawn: one stream `createRng(seed)`, `nextIndex(n)` index after index, resample
 * after resample. These are exactly the draws `bootstrapCrossProducts()` (and so `mediate()`)
 * counts. Each yielded array is new.
 *
 * @example
 * ```ts
 * import { bootstrapIndices } from "./indices.ts";
 * import { createRng } from "../random/mod.ts";
 * const [first] = bootstrapIndices(5, 1, 42);
 * const rng = createRng(42);
 * if (!first.every((i) => i === rng.nextIndex(5))) throw new Error("not the documented stream");
 * ```
 */
export function* bootstrapIndices(
  n: number,
  resamples: number,
  seed: number,
): Generator<Uint32Array, void, undefined> {
  if (!Number.isInteger(n) || n < 1 || n > 0xffffffff) {
    throw new RangeError(`bootstrapIndices needs an integer n in [1, 2^32), got ${n}`);
  }
  if (!Number.isInteger(resamples) || resamples < 0) {
    throw new RangeError(`bootstrapIndices needs an integer resamples >= 0, got ${resamples}`);
  }
  const stream = new IndexStream(seed);
  for (let r = 0; r < resamples; r++) {
    const indices = new Uint32Array(n);
    for (let i = 0; i < n; i++) indices[i] = stream.nextIndex(n);
    yield indices;
  }
}
