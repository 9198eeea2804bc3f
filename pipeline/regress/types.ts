/**
 * Input and result types of {@link regress}.
 * @module
 */
import type { HcType } from "./hc.ts";
import type { ChiSquareTest } from "./breusch_pagan.ts";
import type { ShapiroWilkResult } from "./shapiro_wilk.ts";

/** Which regression to fit: outcome ~ predictors, with an intercept. */
export interface RegressionSpec {
  /** Name of the model (carried into the result, e.g. "model1"). */
  model: string;
  /** Variable name of the outcome. */
  outcome: string;
  /** Variable names of the predictors (may be empty: an intercept-only model). */
  predictors: string[];
}

/** Options of {@link regress}; defaults are filled in `regress.ts`. */
export interface RegressOptions {
  /** Confidence level of the intervals, 0 < confLevel < 1. Default 0.95. */
  confLevel?: number;
  /** Robust covariance shown alongside the classical one; null for none. Default "HC3". */
  hc?: HcType | null;
}

/** Inference for one coefficient under a heteroscedasticity-consistent covariance. */
export interface RobustRow {
  type: HcType;
  stdError: number | null;
  statistic: number | null;
  pValue: number | null;
  confLow: number | null;
  confHigh: number | null;
}

/** One coefficient (broom's `tidy(lm, conf.int = TRUE)` vocabulary). */
export interface TermRow {
  term: string;
  estimate: number;
  /** Classical standard error (`summary.lm`). */
  stdError: number;
  /** t = estimate / stdError; null when stdError = 0 (an exact fit). */
  statistic: number | null;
  /** Residual degrees of freedom of the t test. */
  df: number;
  pValue: number | null;
  confLow: number | null;
  confHigh: number | null;
  /** b · sd(x) / sd(y); null for the intercept and when sd(y) = 0. */
  standardized: number | null;
  /** 1 / (1 − R²_j) (1 for a single predictor); null for the intercept. */
  vif: number | null;
  /** Null when `hc` is null or the HC covariance is undefined (a leverage of 1). */
  robust: RobustRow | null;
}

/** Per-observation diagnostics (in the order of `rowsUsed`) and residual tests. */
export interface RegressionDiagnostics {
  fitted: number[];
  residuals: number[];
  /** `rstudent`; null where undefined (leverage 1, or n − p − 1 = 0). */
  studentizedResiduals: (number | null)[];
  /** `cooks.distance`; null where undefined (leverage 1, or an exact fit). */
  cooksDistance: (number | null)[];
  /** `hatvalues`. */
  leverage: number[];
  /** `lmtest::bptest` (Koenker); null for an intercept-only model or an exact fit. */
  breuschPagan: ChiSquareTest | null;
  /** `shapiro.test(residuals)`; null outside 3 ≤ n ≤ 5000 or when all residuals are equal. */
  shapiroWilk: ShapiroWilkResult | null;
}

/** Result of {@link regress}: plain data, no NaN or Infinity (null instead, see `notes`). */
export interface RegressionResult {
  model: string;
  outcome: string;
  predictors: string[];
  nobs: number;
  /** 0-based indices of the rows used (complete on outcome and predictors), ascending. */
  rowsUsed: number[];
  confLevel: number;
  /** The robust covariance type shown in `terms[].robust`, or null. */
  hcType: HcType | null;
  rSquared: number | null;
  adjRSquared: number | null;
  sigma: number;
  fStatistic: number | null;
  df1: number;
  df2: number;
  /** p-value of the F test; null with `fStatistic`. */
  pValue: number | null;
  terms: TermRow[];
  diagnostics: RegressionDiagnostics;
  /** Why any value above is null, in words (empty when none is). */
  notes: string[];
}
