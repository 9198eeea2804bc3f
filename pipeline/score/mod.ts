/**
 * Scoring stage: reverse keying, scale scores (mean of answered items under the
 * answered-share rule), and per-scale descriptives and reliability (Cronbach's alpha with
 * its Feldt interval, item–rest correlations, alpha if item deleted), checked against
 * R's psych package (tests/fixtures/score/reference.R).
 *
 * @example
 * ```ts
 * import { cronbachAlpha } from "./mod.ts";
 * const a = cronbachAlpha([new Float64Array([1, 2, 3]), new Float64Array([1, 2, 3])]);
 * if (Math.abs(a.alpha! - 1) > 1e-12) throw new Error("two identical items: alpha = 1");
 * ```
 * @module
 */
export { reverseKey } from "./reverse-key.ts";
export { scoreScales } from "./score-scales.ts";
export { describeScales } from "./describe-scales.ts";
export { cronbachAlpha } from "./alpha.ts";
export type { AlphaItem, AlphaOptions, AlphaResult } from "./alpha.ts";
export type {
  DescribeScalesOptions,
  ItemSummary,
  ScaleScore,
  ScaleScores,
  ScaleSummary,
} from "./types.ts";
