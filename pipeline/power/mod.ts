/**
 * Simulation-based power analysis of the indirect effect in X → M → Y: power, Type I errors
 * (a = 0; b = 0) and coverage, each with its Monte Carlo standard error, for the percentile
 * and bias-corrected bootstrap, Sobel and joint-significance tests.
 *
 * - {@link mediationPower}: one design (a, b, c′, N, method).
 * - {@link powerCurve}: the same at several sample sizes.
 * - {@link simulateStudy}, {@link testStudy}: one simulated study and its test.
 * - {@link resolvePowerOptions}, {@link POWER_DEFAULTS}, {@link POWER_METHODS},
 *   {@link residualVarianceY}, {@link standardizedFromUnitErrors}: options and path algebra.
 * - {@link powerCommand}, {@link formatPowerTable}, {@link POWER_HELP}: the `power` command.
 * @module
 */
export { mediationPower, powerCurve } from "./power.ts";
export { simulateStudy, testStudy } from "./study.ts";
export type { StudyData, StudyTest } from "./study.ts";
export {
  MAX_N,
  MIN_N,
  POWER_DEFAULTS,
  POWER_METHODS,
  residualVarianceY,
  resolvePowerOptions,
  standardizedFromUnitErrors,
} from "./options.ts";
export type { ResolvedPowerOptions } from "./options.ts";
export { formatPowerTable, POWER_HELP, powerCommand } from "./command.ts";
export type {
  MonteCarloProportion,
  PowerCurveOptions,
  PowerMethod,
  PowerOptions,
  PowerResult,
  SimulationSummary,
} from "./types.ts";
