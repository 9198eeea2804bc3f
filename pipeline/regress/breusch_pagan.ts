/**
 * Breusch–Pagan test for heteroscedasticity, Koenker's studentized form.
 * @module
 */
import { pchisqUpper } from "../stats/distributions.ts";
import { qrResiduals } from "../linalg/apply.ts";
import type { OlsFit } from "./ols.ts";

/** A chi-square test result. */
export interface ChiSquareTest {
  statistic: number;
  df: number;
  pValue: number;
}

/**
 * Koenker's (1981, J. Econometrics 17:107) studentized Breusch–Pagan test of the OLS fit's
 * residual variance against the model's own regressors: with e the residuals,
 * σ̂² = Σe²/n and w = e² − σ̂², the statistic is n·Σŵ²/Σw² where ŵ are the fitted values of
 * w regressed on X; chi-square with rank(X) − 1 df. Breusch & Pagan (1979), Econometrica
 * 47:1287. Matches `lmtest::bptest(lm)` (default `studentize = TRUE`).
 *
 * Degenerate input: returns null when X has fewer than two columns (`bptest` stops: "the
 * auxiliary variance regression requires at least an intercept and a regressor") and when
 * all squared residuals are equal (Σw² = 0, e.g. an exact fit), where `bptest` gives NaN.
 *
 * @example
 * ```ts
 * import { ols } from "./ols.ts";
 * import { breuschPagan } from "./breusch_pagan.ts";
 * const x = new Float64Array([1, 2, 3, 4, 5, 6, 7, 8]);
 * const y = new Float64Array([1.1, 1.8, 3.5, 3.6, 5.9, 5.2, 8.4, 6.9]);
 * const bp = breuschPagan(ols(y, [{ name: "x", values: x }]));
 * if (bp === null || bp.df !== 1 || !(bp.pValue > 0 && bp.pValue < 1)) throw new Error("bp");
 * ```
 */
export function breuschPagan(fit: OlsFit): ChiSquareTest | null {
  if (fit.rank < 2) return null;
  const n = fit.nobs;
  const e = fit.residuals;
  let rss = 0;
  for (let i = 0; i < n; i++) rss += e[i] * e[i];
  const sigma2 = rss / n;
  const w = new Float64Array(n);
  let ssw = 0;
  for (let i = 0; i < n; i++) {
    w[i] = e[i] * e[i] - sigma2;
    ssw += w[i] * w[i];
  }
  if (ssw === 0) return null;
  // Same regressors as the model: reuse its QR; fitted = w − residuals (as lm.fit).
  const r = qrResiduals(fit.qr, w);
  let ssf = 0;
  for (let i = 0; i < n; i++) ssf += (w[i] - r[i]) ** 2;
  const statistic = n * ssf / ssw;
  const df = fit.rank - 1;
  if (!Number.isFinite(statistic)) return null;
  return { statistic, df, pValue: pchisqUpper(statistic, df) };
}
