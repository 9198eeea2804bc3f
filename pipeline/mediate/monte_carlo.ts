/**
 * Monte Carlo draws of an indirect effect a·b (the "parametric bootstrap" of MacKinnon,
 * Lockwood & Williams, 2004, Multivariate Behavioral Research 39; PROCESS `mc=`).
 * @module
 */
import { IndexStream } from "./index_stream.ts";

/**
 * Draws a·b with a ~ N(â, SE_a²) and b ~ N(b̂, SE_b²) independent (a and b come from
 * different equations, whose estimates are uncorrelated). The stream is
 * `createRng(seed).nextNormal()`, two normals per draw: first a's, then b's. Returns the
 * draws in order (the interval is their percentile interval, see `intervals.ts`).
 *
 * @example
 * ```ts
 * import { monteCarloProduct } from "./monte_carlo.ts";
 * const d = monteCarloProduct(0.5, 0.1, 0.4, 0.1, 1000, 7);
 * const mean = d.reduce((s, v) => s + v, 0) / d.length;
 * if (Math.abs(mean - 0.2) > 0.01) throw new Error(`mean ${mean}`);
 * ```
 */
export function monteCarloProduct(
  a: number,
  seA: number,
  b: number,
  seB: number,
  draws: number,
  seed: number,
): Float64Array {
  const rng = new IndexStream(seed); // the stream of createRng(seed), without call overhead
  const out = new Float64Array(draws);
  for (let i = 0; i < draws; i++) {
    const ai = a + seA * rng.nextNormal();
    const bi = b + seB * rng.nextNormal();
    out[i] = ai * bi;
  }
  return out;
}
