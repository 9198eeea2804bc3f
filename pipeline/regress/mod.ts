/**
 * Linear regression: OLS by QR with the inference of R's `summary.lm()`.
 *
 * - {@link ols}: the fit (coefficients, classical covariance, residuals, leverages, R², F).
 * @module
 */
export { INTERCEPT, ols } from "./ols.ts";
export type { OlsColumn, OlsFit, OlsOptions } from "./ols.ts";
