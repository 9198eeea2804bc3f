/**
 * Heteroscedasticity-consistent (sandwich) covariance of OLS coefficients.
 * @module
 */
import type { OlsFit } from "./ols.ts";

/** The HC estimators of `sandwich::vcovHC`. */
export type HcType = "HC0" | "HC1" | "HC2" | "HC3" | "HC4";

/** Every {@link HcType}, in order. */
export const HC_TYPES: readonly HcType[] = ["HC0", "HC1", "HC2", "HC3", "HC4"];

/**
 * Heteroscedasticity-consistent covariance (XᵀX)⁻¹ Xᵀ diag(ω) X (XᵀX)⁻¹ of an {@link OlsFit},
 * p × p row-major, with, for residual e_i and leverage h_i (n observations, p coefficients):
 * - HC0: ω_i = e_i² (White, 1980, Econometrica 48:817);
 * - HC1: ω_i = e_i² · n/(n − p) (Hinkley, 1977);
 * - HC2: ω_i = e_i² / (1 − h_i) (MacKinnon & White, 1985, J. Econometrics 29:305);
 * - HC3: ω_i = e_i² / (1 − h_i)² (MacKinnon & White, 1985; Long & Ervin, 2000);
 * - HC4: ω_i = e_i² / (1 − h_i)^δ_i, δ_i = min(4, n·h_i/p̂), p̂ = round(Σh_i)
 *   (Cribari-Neto, 2004, CSDA 45:215).
 * Matches `sandwich::vcovHC(lm, type = ...)` (Zeileis, 2004, JSS 11(10)), which computes the
 * same product as bread·meat·bread/n.
 *
 * Degenerate input: for HC2–HC4 a leverage of 1 (an observation fitted exactly by its own
 * coefficient, e.g. the only 1 of a dummy) makes ω undefined; the result is then `null`
 * (`sandwich` returns NaN or Inf). HC0 and HC1 are always defined. `type` outside
 * {@link HC_TYPES} throws `RangeError`.
 *
 * @example
 * ```ts
 * import { ols } from "./ols.ts";
 * import { hcCovariance } from "./hc.ts";
 * const x = new Float64Array([1, 2, 3, 4, 5, 6]);
 * const y = new Float64Array([1.2, 1.9, 3.4, 3.8, 5.5, 5.9]);
 * const fit = ols(y, [{ name: "x", values: x }]);
 * const v = hcCovariance(fit, "HC0");
 * // HC0 variance of a simple-regression slope: Σ(x−x̄)²e² / (Σ(x−x̄)²)²
 * let num = 0;
 * for (let i = 0; i < 6; i++) num += (x[i] - 3.5) ** 2 * fit.residuals[i] ** 2;
 * if (v === null || Math.abs(v[3] - num / 17.5 ** 2) > 1e-15) throw new Error("HC0");
 * ```
 */
export function hcCovariance(fit: OlsFit, type: HcType): Float64Array | null {
  const n = fit.nobs, p = fit.terms.length;
  const e = fit.residuals, h = fit.hat;
  const omega = new Float64Array(n);
  let sumHat = 0;
  for (let i = 0; i < n; i++) sumHat += h[i];
  const pHat = Math.round(sumHat);
  for (let i = 0; i < n; i++) {
    const e2 = e[i] * e[i];
    switch (type) {
      case "HC0":
        omega[i] = e2;
        break;
      case "HC1":
        omega[i] = e2 * n / (n - p);
        break;
      case "HC2":
        omega[i] = e2 / (1 - h[i]);
        break;
      case "HC3":
        omega[i] = e2 / (1 - h[i]) ** 2;
        break;
      case "HC4":
        omega[i] = e2 / (1 - h[i]) ** Math.min(4, n * h[i] / pHat);
        break;
      default:
        throw new RangeError(`hcCovariance(): unknown type ${type}`);
    }
    if (!Number.isFinite(omega[i])) return null;
  }
  // meat = Xᵀ diag(ω) X
  const x = fit.design;
  const meat = new Float64Array(p * p);
  for (let a = 0; a < p; a++) {
    for (let b = a; b < p; b++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += omega[i] * x[a][i] * x[b][i];
      meat[a * p + b] = s;
      meat[b * p + a] = s;
    }
  }
  const bread = fit.unscaledCovariance;
  const out = _multiply(_multiply(bread, meat, p), bread, p);
  // Symmetrise: the two triangles differ only by rounding.
  for (let a = 0; a < p; a++) {
    for (let b = a + 1; b < p; b++) {
      const s = (out[a * p + b] + out[b * p + a]) / 2;
      out[a * p + b] = s;
      out[b * p + a] = s;
    }
  }
  return out;
}

function _multiply(a: Float64Array, b: Float64Array, p: number): Float64Array {
  const out = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j < p; j++) {
      let s = 0;
      for (let k = 0; k < p; k++) s += a[i * p + k] * b[k * p + j];
      out[i * p + j] = s;
    }
  }
  return out;
}
