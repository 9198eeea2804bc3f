/**
 * Input and result types of {@link mediate}.
 * @module
 */
import type { ProgressSink } from "../progress/mod.ts";
import type { HcType } from "../regress/hc.ts";

/** The path model: X → M (one or more mediators) → Y, adjusting every equation for covariates. */
export interface MediationSpec {
  /** Column of the predictor X. */
  x: string;
  /** Columns of the mediators: one (simple mediation), several in parallel, or two in series. */
  m: string[];
  /** Column of the outcome Y. */
  y: string;
  /** Columns entered in every equation (may be empty). */
  covariates: string[];
  /**
   * Serial mediation X → M1 → M2 → Y (PROCESS model 6) with exactly two mediators, in causal
   * order; default false (parallel mediators, PROCESS model 4).
   */
  serial?: boolean;
}

/** Standard errors of the path coefficients and of the delta-method (Sobel) rows. */
export type MediationSeType = "ols" | "ml";

/** Options of {@link mediate}; defaults are filled in `options.ts` (`MEDIATE_DEFAULTS`). */
export interface MediateOptions {
  /** Confidence level of every interval, 0 < confLevel < 1. Default 0.95. */
  confLevel?: number;
  /** Bootstrap resamples, an integer ≥ 1. Default 10,000. */
  resamples?: number;
  /** Seed of the MT19937 stream of resample indices, integer in [0, 2^32). Default 20140801. */
  seed?: number;
  /** Draws of the Monte Carlo interval, an integer ≥ 1. Default 10,000. */
  monteCarloDraws?: number;
  /**
   * "ols" (default): `lm()` standard errors, t tests and t intervals for the paths, as PROCESS.
   * "ml": lavaan's maximum-likelihood standard errors (same estimates, SE × √((n − p)/n), p the
   * coefficients of the equation with its intercept), z tests and normal intervals.
   */
  seType?: MediationSeType;
  /**
   * PROCESS's `hc=` option: heteroscedasticity-consistent standard errors (`sandwich::vcovHC`
   * types, see `hcCovariance()` in pipeline/regress/hc.ts) for the path rows (SE, t, p, t
   * interval; method e.g. "ols (HC3)") and the delta-method (Sobel) and Monte Carlo rows
   * (note e.g. "HC3 standard errors"). Bootstrap intervals do not change. Only with seType
   * "ols" (with "ml": `DataError`, stage "options"). Default null: classical `lm()` SEs.
   */
  hc?: HcType | null;
  /**
   * Told the bootstrap's progress (resamples done of the total), e.g. a `progressBar` of
   * pipeline/progress, which shows on a terminal when the bootstrap takes over a second.
   * Never changes a result. Default null (none).
   */
  progress?: ProgressSink | null;
}

/**
 * One effect and one way of testing it. Every row has every key; `null` where a value does
 * not apply (never NaN or Infinity).
 */
export interface EffectRow {
  /** "a", "b", "total", "direct", "indirect", "a:<m>", "indirect:<m>", "contrast:<m1>-<m2>", … */
  effect: string;
  /** Point estimate; null only when undefined (a proportion of a total effect of exactly 0). */
  estimate: number | null;
  stdError: number | null;
  /** t (seType "ols" path rows) or z (delta-method rows and seType "ml"). */
  statistic: number | null;
  /** Degrees of freedom of a t statistic; null for z statistics and intervals without a test. */
  df: number | null;
  pValue: number | null;
  confLow: number | null;
  confHigh: number | null;
  /** "ols", "ols (HC3)" (and the other HC types), "ml", "percentile bootstrap", "bc bootstrap", "bca bootstrap", "monte carlo", "sobel (normal theory)". */
  method: string;
  /** Proportion mediated only: true when its denominator, the total effect, is unreliable. */
  unstable: boolean | null;
  /** Why a value is null, or a caution about the interval; null when there is nothing to say. */
  note: string | null;
}

/** Result of {@link mediate}: plain data, except `draws` (typed arrays, for plots only). */
export interface MediationResult {
  x: string;
  m: string[];
  y: string;
  covariates: string[];
  serial: boolean;
  /** Complete cases analysed. */
  nobs: number;
  /** 0-based indices of the input rows dropped for a missing value, ascending. */
  droppedRows: number[];
  /** Resamples drawn. */
  resamples: number;
  /** Resamples whose statistics entered the intervals. */
  resamplesUsed: number;
  /** Resamples dropped as degenerate (see `mediate()`); resamples = used + failed. */
  resamplesFailed: number;
  seed: number;
  /** Seed of the Monte Carlo stream, derived from `seed` (see `monteCarloSeed()`). */
  monteCarloSeed: number;
  monteCarloDraws: number;
  confLevel: number;
  seType: MediationSeType;
  effects: EffectRow[];
  /**
   * Bootstrap draws of the total indirect effect (a·b with one mediator), one per used
   * resample in resample order. For plots: not meant for JSON (drop it before serialising).
   */
  draws: { indirect: Float64Array };
}
