/**
 * Correlation stage: Pearson correlations of every pair of columns over pairwise-complete
 * cases, with the t test and Fisher-z interval of R's `cor.test` and Holm-adjusted
 * p-values (R's `p.adjust(method = "holm")`); checked against R in
 * tests/fixtures/correlate/reference.R.
 *
 * @example
 * ```ts
 * import { correlate } from "./mod.ts";
 * const [row] = correlate([
 *   { name: "x", values: new Float64Array([1, 2, 3, 4]) },
 *   { name: "y", values: new Float64Array([1, 2, 3, 5]) },
 * ]);
 * if (row.pValueHolm !== row.pValue) throw new Error("a family of one is not adjusted");
 * ```
 * @module
 */
export { correlate } from "./correlate.ts";
export { corTest } from "./cor-test.ts";
export type { Column, CorrelateOptions, CorrelationRow } from "./types.ts";
