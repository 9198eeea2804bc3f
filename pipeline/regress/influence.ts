/**
 * Influence measures of an OLS fit: leverages, studentized residuals, Cook's distances.
 * @module
 */
import type { OlsFit } from "./ols.ts";

/** Per-observation influence measures; null where a measure is undefined (see below). */
export interface Influence {
  /** Leverages h_i, with values above 1 − 10·eps set to 1 (R's `hatvalues`). */
  leverage: number[];
  /** Externally studentized residuals (R's `rstudent`). */
  studentizedResiduals: (number | null)[];
  /** Cook's distances (R's `cooks.distance`). */
  cooksDistance: (number | null)[];
}

/**
 * Leverages, externally studentized residuals and Cook's distances, as R's
 * `lm.influence()` (LINPACK `lminfl`), `rstudent.lm()` and `cooks.distance.lm()`:
 * - leverage h_i = (Q₁Q₁ᵀ)_ii, rounded to 1 above 1 − 10·eps;
 * - rstudent_i = e_i / (s_(i) √(1 − h_i)), s_(i)² = (Σe² − e_i²/(1 − h_i)) / (n − p − 1), with
 *   residuals below 100·eps·median|e| set to 0 first (as `lm.influence`);
 * - Cook's D_i = (e_i / (s (1 − h_i)))² · h_i / p, s the residual standard error.
 * Reference: Belsley, Kuh & Welsch (1980), Regression Diagnostics; Cook (1977),
 * Technometrics 19:15.
 *
 * Degenerate input: rstudent is null when h_i = 1, when n − p − 1 = 0 (no residual df is
 * left after deleting an observation) or when the value is not finite (R gives NaN/Inf);
 * Cook's D is null when h_i = 1 or s = 0 (an exact fit), where R gives NaN.
 *
 * @example
 * ```ts
 * import { ols } from "./ols.ts";
 * import { influence } from "./influence.ts";
 * const x = new Float64Array([1, 2, 3, 4, 5, 6]);
 * const fit = ols(new Float64Array([1.2, 1.9, 3.4, 3.8, 5.5, 5.9]), [{ name: "x", values: x }]);
 * const inf = influence(fit);
 * // Leverages of a simple regression: 1/n + (x − x̄)²/Σ(x − x̄)²
 * if (Math.abs(inf.leverage[0] - (1 / 6 + 6.25 / 17.5)) > 1e-14) throw new Error("hat");
 * ```
 */
export function influence(fit: OlsFit): Influence {
  const n = fit.nobs, p = fit.rank;
  const tol = 10 * Number.EPSILON;
  const leverage = Array.from(fit.hat, (h) => (h > 1 - tol ? 1 : h));

  const sortedAbs = Array.from(fit.residuals, Math.abs).sort((a, b) => a - b);
  const median = n % 2 === 1
    ? sortedAbs[(n - 1) / 2]
    : (sortedAbs[n / 2 - 1] + sortedAbs[n / 2]) / 2;
  const e = Array.from(fit.residuals, (r) => (Math.abs(r) < 100 * Number.EPSILON * median ? 0 : r));
  let sum = 0;
  for (const r of e) sum += r * r;
  const denom = n - p - 1;

  const studentizedResiduals = e.map((r, i) => {
    const h = leverage[i];
    if (h === 1 || denom === 0) return null;
    const sigmaI = Math.sqrt((sum - r * r / (1 - h)) / denom);
    return _finiteOrNull(r / (sigmaI * Math.sqrt(1 - h)));
  });
  const s = fit.sigma;
  const cooksDistance = Array.from(fit.residuals, (r, i) => {
    const h = leverage[i];
    if (h === 1 || s === 0) return null;
    const z = r / (s * (1 - h));
    return _finiteOrNull(z * z * h / p);
  });
  return { leverage, studentizedResiduals, cooksDistance };
}

function _finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
