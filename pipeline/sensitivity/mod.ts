/**
 * Sensitivity analysis of the indirect (mediated) effect to unmeasured confounding of the
 * mediator–outcome relation: Imai, Keele & Yamamoto (2010), R `mediation::medsens()` for two
 * linear models.
 *
 * - {@link mediationSensitivity}: ACME(ρ) over a grid of error correlations ρ, with medsens's
 *   normal intervals, the ρ at which the ACME vanishes and its R² products.
 * - {@link resolveSensitivityOptions}, {@link SENSITIVITY_DEFAULTS}, {@link rhoGrid}: options
 *   and medsens's ρ grid.
 * @module
 */
export { mediationSensitivity } from "./sensitivity.ts";
export {
  MIN_RHO_STEP,
  resolveSensitivityOptions,
  rhoGrid,
  SENSITIVITY_DEFAULTS,
} from "./options.ts";
export type { ResolvedSensitivityOptions } from "./options.ts";
export type {
  SensitivityOptions,
  SensitivityResult,
  SensitivityRow,
  SensitivitySpec,
} from "./types.ts";
