/**
 * Multiple-comparison adjustment of p-values.
 *
 * @example
 * ```ts
 * import { pAdjustHolm } from "./p-adjust.ts";
 * const adjusted = pAdjustHolm([0.01, 0.04, 0.03]); // R: p.adjust(c(0.01, 0.04, 0.03), "holm")
 * if (adjusted.join() !== [0.03, 0.06, 0.06].join()) throw new Error("holm");
 * ```
 * @module
 */

/**
 * Holm's (1979, Scandinavian Journal of Statistics 6(2)) step-down adjustment, as R's
 * `p.adjust(p, method = "holm")`: with the m p-values sorted ascending, the i-th becomes
 * max over j ≤ i of min(1, (m − j + 1)·p(j)); results are returned in input order.
 * Ties get the same adjusted value whatever their order. Every input must be a number in
 * [0, 1] (callers leave out tests that could not be computed: R's `p.adjust` would do
 * the same, as it sets m to the number of non-missing p-values).
 */
export function pAdjustHolm(p: readonly number[]): number[] {
  for (const value of p) {
    if (!(value >= 0 && value <= 1)) {
      throw new RangeError(`p-values must lie in [0, 1], got ${value}`);
    }
  }
  const m = p.length;
  const order = p.map((_, i) => i).sort((a, b) => p[a] - p[b] || a - b);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach((index, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p[index]));
    adjusted[index] = running;
  });
  return adjusted;
}
