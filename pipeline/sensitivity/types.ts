/**
 * Input and result types of {@link mediationSensitivity}.
 * @module
 */

/** The model: X → M → Y with covariates C in both equations (M ~ X + C, Y ~ X + M + C). */
export interface SensitivitySpec {
  x: string;
  m: string;
  y: string;
  covariates: string[];
}

/** Options of {@link mediationSensitivity}; defaults are filled in `options.ts`. */
export interface SensitivityOptions {
  /** Step of the ρ grid −1 + step, −1 + 2·step, …, 1 − step (R's `seq`). Default 0.01. */
  rhoStep?: number;
  /** Level of the intervals, 0 < confLevel < 1. Default 0.95. */
  confLevel?: number;
}

/** The ACME at one value of ρ. Every key is always present. */
export interface SensitivityRow {
  /** ρ = corr(error of the M model, error of the Y model). */
  rho: number;
  /** ACME(ρ): the average causal mediation effect if the errors had correlation ρ. */
  estimate: number;
  /** Lower bound of medsens's normal interval ACME(ρ) ∓ z·SE(ρ); see `mediationSensitivity`. */
  confLow: number;
  confHigh: number;
  /** medsens's `R2star.prod`: R²*_M·R²*_Y = ρ² (shares of the error variances). */
  r2StarProd: number;
  /** medsens's `R2tilde.prod`: R̃²_M·R̃²_Y = ρ²(1 − R²_M)(1 − R²_Y) (shares of the totals). */
  r2TildeProd: number;
}

/** Result of {@link mediationSensitivity}: plain data. */
export interface SensitivityResult {
  x: string;
  m: string;
  y: string;
  covariates: string[];
  /** Complete cases analysed. */
  nobs: number;
  /** 0-based indices of the rows dropped for a missing value, ascending. */
  droppedRows: number[];
  rhoStep: number;
  confLevel: number;
  /** ACME(0) = a·b of the two `lm` fits (the usual product-of-coefficients estimate). */
  estimateAtRhoZero: number;
  /**
   * ρ at which ACME(ρ) = 0: cor(residuals of M ~ X + C, residuals of Y ~ X + C) (medsens's
   * `err.cr`); null when a = 0 exactly (then ACME(ρ) = 0 for every ρ).
   */
  rhoAtZero: number | null;
  /** rhoAtZero² (medsens's `R2star.d.thresh`); null with rhoAtZero. */
  r2StarAtZero: number | null;
  /** rhoAtZero²(1 − R²_M)(1 − R²_Y) (medsens's `R2tilde.d.thresh`); null with rhoAtZero. */
  r2TildeAtZero: number | null;
  /** R² of M ~ X + C and of Y ~ X + M + C (`summary(lm)$r.squared`). */
  rSquaredM: number;
  rSquaredY: number;
  rows: SensitivityRow[];
  /** How the numbers relate to R's `medsens()`; always present. */
  note: string;
}
