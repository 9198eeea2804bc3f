/**
 * Result and option types of the correlation stage.
 * @module
 */

/** A named numeric column (NaN = missing). */
export interface Column {
  name: string;
  values: Float64Array;
}

/** Options of `correlate` and `corTest`. */
export interface CorrelateOptions {
  /** Confidence level of the Fisher-z interval; default 0.95. */
  confLevel?: number;
}

/** A Pearson correlation of two columns over their pairwise-complete cases (structurally
 * the same as `CorrelationRow` of pipeline/results/types.ts). */
export interface CorrelationRow {
  x: string;
  y: string;
  /** Pairwise-complete cases. */
  nobs: number;
  /** Pearson's r. */
  estimate: number | null;
  /** t = r·√(df / (1 − r²)). */
  statistic: number | null;
  /** nobs − 2. */
  df: number | null;
  /** Two-sided p of the t test of r = 0. */
  pValue: number | null;
  /** Holm-adjusted p over the family of all pairs with a p-value. */
  pValueHolm: number | null;
  /** Fisher-z interval of r. */
  confLow: number | null;
  confHigh: number | null;
  method: "pearson";
}
