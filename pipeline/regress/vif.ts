/**
 * Variance inflation factors of the predictors of a linear model.
 * @module
 */
import { ols } from "./ols.ts";
import type { OlsColumn } from "./ols.ts";

/**
 * VIF_j = 1 / (1 − R²_j), R²_j from the OLS regression (with an intercept) of predictor j on
 * the other predictors (Marquardt, 1970, Technometrics 12:591; Fox & Monette, 1992, JASA
 * 87:178). For single-column terms this equals `car::vif(lm)`. With a single predictor the
 * auxiliary model is intercept-only, R²_j = 0 and VIF = 1 (`car::vif` refuses models with
 * fewer than two terms; 1 is the value of the definition: no other predictor inflates the
 * variance).
 *
 * Degenerate input: an empty list returns []; a constant or collinear predictor throws the
 * `DataError` of {@link ols} (as would the model itself); a VIF that is not finite (R²_j
 * rounding to 1) is returned as null.
 *
 * @example
 * ```ts
 * import { vif } from "./vif.ts";
 * const a = new Float64Array([1, 2, 3, 4, 5, 6]);
 * const b = new Float64Array([1, 3, 2, 5, 4, 6]);
 * const v = vif([{ name: "a", values: a }, { name: "b", values: b }]);
 * // Two predictors: VIF = 1 / (1 − r²), r = cor(a, b) = 31/35
 * if (Math.abs(v[0]! - 1 / (1 - (31 / 35) ** 2)) > 1e-12) throw new Error("vif");
 * ```
 */
export function vif(predictors: OlsColumn[]): (number | null)[] {
  return predictors.map((target, j) => {
    const others = predictors.filter((_, k) => k !== j);
    const r2 = ols(target.values, others).rSquared;
    if (r2 === null) return null;
    const value = 1 / (1 - r2);
    return Number.isFinite(value) ? value : null;
  });
}
