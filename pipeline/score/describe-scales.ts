/**
 * Per-scale summary: descriptives of the scores and reliability of the items.
 * @module
 */
import { describe } from "../stats/descriptive.ts";
import { cronbachAlpha } from "./alpha.ts";
import type { DescribeScalesOptions, ScaleScores, ScaleSummary } from "./types.ts";

const DEFAULTS: Required<DescribeScalesOptions> = { confLevel: 0.95 };

/**
 * Describes every scale of `scores` (from `scoreScales`), in the same order.
 *
 * - Descriptives of the scores (participants scored, NaN = not scored left out): nobs,
 *   mean, SD (n − 1), min, max, skewness and excess kurtosis of type 3, as
 *   `psych::describe` with its defaults (see `describe` in pipeline/stats/descriptive.ts).
 * - Reliability of the scale's items as analysed (`items` from `reverseKey`), on the
 *   participants who answered every item of the scale (listwise; `alphaNobs`): Cronbach's
 *   alpha with its Feldt interval at `confLevel`, standardized alpha, and per item the
 *   mean, SD, corrected item–total correlation and alpha if deleted — as
 *   `psych::alpha(X[complete.cases(X), ])`; see `cronbachAlpha` for the definitions and
 *   for every degenerate case that gives `null`.
 * - McDonald's omega total is not implemented yet: `omegaTotal` is always `null`.
 *   (`psych::omega` fits a rotated factor model followed by a Schmid–Leiman
 *   transformation; we have not reproduced it exactly, and report nothing rather than an
 *   approximation.)
 *
 * Options: `confLevel` (default 0.95). Throws a `RangeError` when an item of a scale is
 * missing from `items` or has a length other than the number of participants.
 *
 * @example
 * ```ts
 * import { describeScales } from "./describe-scales.ts";
 * const items = {
 *   a: new Float64Array([1, 2, 3, 4]),
 *   b: new Float64Array([2, 2, 4, 4]),
 * };
 * const scores = {
 *   ids: ["1", "2", "3", "4"],
 *   scales: [{
 *     scale: "s", label: "S", instrument: "s", kind: "instrument" as const,
 *     items: ["a", "b"], reversed: [], values: new Float64Array([1.5, 2, 3.5, 4]),
 *   }],
 * };
 * const [summary] = describeScales(scores, items);
 * if (summary.nobs !== 4 || summary.omegaTotal !== null) throw new Error("summary");
 * ```
 */
export function describeScales(
  scores: ScaleScores,
  items: Record<string, Float64Array>,
  options: DescribeScalesOptions = {},
): ScaleSummary[] {
  const { confLevel } = { ...DEFAULTS, ...options };
  const n = scores.ids.length;
  return scores.scales.map((scale) => {
    const columns = scale.items.map((item) => {
      const column = items[item];
      if (column === undefined || column.length !== n) {
        throw new RangeError(
          `item "${item}" of scale "${scale.scale}" is ${
            column === undefined ? "missing" : `of length ${column.length}`
          }; expected ${n} values`,
        );
      }
      return column;
    });
    const d = describe(scale.values);
    const reliability = cronbachAlpha(columns, { confLevel });
    return {
      scale: scale.scale,
      label: scale.label,
      instrument: scale.instrument,
      kind: scale.kind,
      items: [...scale.items],
      reversed: [...scale.reversed],
      nobs: d.nobs,
      mean: d.mean,
      sd: d.sd,
      min: d.min,
      max: d.max,
      skewness: d.skewness,
      kurtosis: d.kurtosis,
      alphaNobs: reliability.nobs,
      alpha: reliability.alpha,
      alphaConfLow: reliability.confLow,
      alphaConfHigh: reliability.confHigh,
      standardizedAlpha: reliability.standardizedAlpha,
      omegaTotal: null,
      itemStats: reliability.items.map((item, i) => ({ item: scale.items[i], ...item })),
    };
  });
}
