/**
 * Linear regression, checked against R (`lm`, `summary.lm`, `confint`, `sandwich::vcovHC`,
 * `lmtest::bptest`, `shapiro.test`, `rstudent`, `cooks.distance`, `hatvalues`).
 *
 * - {@link regress}: the reported regression (listwise deletion, classical and HC inference,
 *   standardized coefficients, VIFs, diagnostics) as plain data.
 * - {@link ols}: the OLS fit by Householder QR (used by `regress` and by mediation).
 * - {@link hcCovariance}: HC0–HC4 sandwich covariances of a fit.
 * - {@link influence}: leverages, studentized residuals, Cook's distances.
 * - {@link breuschPagan}: Koenker's studentized Breusch–Pagan test.
 * - {@link shapiroWilk}: Shapiro–Wilk W and p (port of R's swilk.c, AS R94).
 * - {@link vif}: variance inflation factors.
 * @module
 */
export { INTERCEPT, ols } from "./ols.ts";
export type { OlsColumn, OlsFit, OlsOptions } from "./ols.ts";
export { HC_TYPES, hcCovariance } from "./hc.ts";
export type { HcType } from "./hc.ts";
export { influence } from "./influence.ts";
export type { Influence } from "./influence.ts";
export { breuschPagan } from "./breusch_pagan.ts";
export type { ChiSquareTest } from "./breusch_pagan.ts";
export { shapiroWilk } from "./shapiro_wilk.ts";
export type { ShapiroWilkResult } from "./shapiro_wilk.ts";
export { vif } from "./vif.ts";
export { regress } from "./regress.ts";
export type {
  RegressionDiagnostics,
  RegressionResult,
  RegressionSpec,
  RegressOptions,
  RobustRow,
  TermRow,
} from "./types.ts";
