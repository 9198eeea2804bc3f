/**
 * Result types of the scoring stage: scale scores per participant and the per-scale
 * summary (descriptives and reliability). Plain data; `null` where a value does not apply
 * or cannot be computed, never NaN or Infinity (except NaN = "not scored" inside the
 * `values` columns, the pipeline's missing-value code).
 * @module
 */

/** One scored scale: an instrument or one of its subscales. */
export interface ScaleScore {
  /** Instrument or subscale id from the study definition. */
  scale: string;
  label: string;
  /** Id of the instrument the scale belongs to (its own id for an instrument). */
  instrument: string;
  kind: "instrument" | "subscale";
  /** Item columns, in study order. */
  items: string[];
  /** The scale's reverse-keyed items (a subset of `items`). */
  reversed: string[];
  /** Score per participant (same order as `ScaleScores.ids`); NaN = not scored. */
  values: Float64Array;
}

/** Every scale score of the study. */
export interface ScaleScores {
  /** Participant ids, as in `CleanData.ids`. */
  ids: string[];
  /** Each instrument followed by its subscales, in study order. */
  scales: ScaleScore[];
}

/** Options of `describeScales`. */
export interface DescribeScalesOptions {
  /** Confidence level of the Feldt interval of alpha; default 0.95. */
  confLevel?: number;
}

/** Per-item statistics of a scale, over the complete cases of the scale's items. */
export interface ItemSummary {
  item: string;
  /** Complete cases of the scale (the same for every item: see `ScaleSummary.alphaNobs`). */
  nobs: number;
  /** Mean of the item as analysed (reverse-keyed where the study says so). */
  mean: number | null;
  sd: number | null;
  /** Corrected item–total correlation: the item with the sum of the other items
   * (psych::alpha's `r.drop`). */
  itemRestCorrelation: number | null;
  /** Raw alpha of the scale without this item (psych::alpha's `alpha.drop$raw_alpha`). */
  alphaIfDeleted: number | null;
}

/** Descriptives of a scale score and the reliability of its items. */
export interface ScaleSummary {
  scale: string;
  label: string;
  instrument: string;
  kind: "instrument" | "subscale";
  items: string[];
  reversed: string[];
  /** Participants with a score (the answered-share rule met). */
  nobs: number;
  mean: number | null;
  sd: number | null;
  min: number | null;
  max: number | null;
  /** Type 3 skewness of the scores (psych::describe's default). */
  skewness: number | null;
  /** Type 3 excess kurtosis of the scores (psych::describe's default). */
  kurtosis: number | null;
  /** Complete cases used for every reliability statistic (participants who answered
   * every item of the scale). */
  alphaNobs: number;
  /** Cronbach's alpha from the item covariance matrix (psych::alpha's `raw_alpha`). */
  alpha: number | null;
  /** Feldt (1965) interval of alpha (psych::alpha's `feldt`). */
  alphaConfLow: number | null;
  alphaConfHigh: number | null;
  /** Alpha from the item correlation matrix (psych::alpha's `std.alpha`). */
  standardizedAlpha: number | null;
  /** McDonald's omega total: not implemented yet, always `null` (see describeScales). */
  omegaTotal: number | null;
  itemStats: ItemSummary[];
}
