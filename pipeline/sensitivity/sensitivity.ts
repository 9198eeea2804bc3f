/**
 * Sensitivity of the average causal mediation effect to a correlation ρ between the errors
 * of the mediator and outcome models (Imai, Keele & Yamamoto, 2010).
 * @module
 */
import { DataError } from "../errors.ts";
import { prepareMediationData } from "../mediate/mod.ts";
import { ols } from "../regress/ols.ts";
import type { OlsFit } from "../regress/ols.ts";
import { qnorm } from "../stats/distributions.ts";
import { resolveSensitivityOptions, rhoGrid } from "./options.ts";
import type {
  SensitivityOptions,
  SensitivityResult,
  SensitivityRow,
  SensitivitySpec,
} from "./types.ts";

/**
 * The ACME as a function of ρ = corr(ε_M, ε_Y) for linear models M = α₂ + aX + C + ε_M and
 * Y = α₃ + c′X + γM + C + ε_Y without X × M interaction (Imai, Keele & Yamamoto, 2010,
 * Statistical Science 25(1), 51–71, section 5: sequential ignorability holds at ρ = 0).
 *
 * Definition and algorithm (closed form, no iteration): with â, γ̂ the `lm` coefficients,
 * RSS_M, RSS_Y the residual sums of squares of M ~ X + C and Y ~ X + M + C,
 *   ACME(ρ) = â · (γ̂ − ρ/√(1 − ρ²) · √(RSS_Y / RSS_M)),
 * which is algebraically the paper's (β₂σ₁/σ₂)(ρ̃ − ρ√((1 − ρ̃²)/(1 − ρ²))) (σ₁ from Y ~ X + C,
 * ρ̃ below) and exactly the fixed point of medsens's iterated feasible GLS on the stacked
 * equations: because M and every regressor of the M equation are regressors of the Y
 * equation, GLS leaves â at OLS and moves γ by −ρσ_Y/σ_M, with σ_Y² = RSS_Y/((n − 1)(1 − ρ²))
 * at convergence. ACME(0) = â·γ̂. ACME(ρ) = 0 at ρ̃ = cor(residuals of M ~ X + C, residuals
 * of Y ~ X + C) (`rhoAtZero`, medsens's `err.cr`); r2StarAtZero = ρ̃², r2TildeAtZero =
 * ρ̃²(1 − R²_M)(1 − R²_Y), and per row r2StarProd = ρ², r2TildeProd = ρ²(1 − R²_M)(1 − R²_Y).
 *
 * Intervals: medsens's definition for two `lm` fits (normal, deterministic: its `sims` is
 * not used in this case): ACME(ρ) ± z₁₋α/₂ · √(â²·V_γ + γ(ρ)²·V_a), where, at the GLS fixed
 * point, V_a = RSS_M/(n − 1)·[(Z_MᵀZ_M)⁻¹]_XX and V_γ = RSS_Y/(n − 1)·[(Z_YᵀZ_Y)⁻¹]_MM (the
 * `lm` variances with divisor n − 1 instead of n − p; they do not depend on ρ) and γ(ρ) =
 * ACME(ρ)/â.
 *
 * R equivalent: `medsens(mediate(lm(M ~ X + C), lm(Y ~ X + M + C), treat = "X",
 * mediator = "M"), rho.by = rhoStep)` — rows are `rho`, `d0`, `lower.d0`, `upper.d0`,
 * `R2star.prod`, `R2tilde.prod`; `err.cr`, `R2star.d.thresh`, `R2tilde.d.thresh`. medsens
 * stops its iteration when the sum of squared coefficient changes falls below
 * √(machine ε) ≈ 1.5e-8, so its printed values differ from the converged values returned
 * here by about 1e-4 relative (up to 1e-3 in absolute value on the fixture data, more where
 * the ACME is near 0). The values returned here match the paper's closed form computed in R
 * from `lm` fits at 1e-9, and a re-implementation of medsens's iteration run to convergence
 * at 1e-8 (tests/fixtures/sensitivity/reference.R; the `mediation` package itself is not
 * installed on this machine).
 *
 * Missing values (NaN) are dropped listwise over x, m, y and the covariates.
 * Degenerate input (`DataError`): a missing column, a column used twice, too few complete rows
 * or a constant column (stage "mediate", as `mediate()`); collinear predictors (stage
 * "regress", from `ols()`; an M fitted exactly by X and C is such a case); Y fitted exactly
 * by X, M and C (R² > 1 − 1e-10: there is no error whose correlation could matter; stage
 * "sensitivity"). When â = 0 exactly, ACME(ρ)
 * = 0 for every ρ, and rhoAtZero and its R² products are null. Bad options: `DataError`
 * (stage "options").
 *
 * @example
 * ```ts
 * import { mediationSensitivity } from "./sensitivity.ts";
 * import { createRng } from "../random/mod.ts";
 * const rng = createRng(2010);
 * const x = Float64Array.from({ length: 50 }, () => rng.nextNormal());
 * const m = x.map((v) => 0.5 * v + rng.nextNormal());
 * const y = m.map((v, i) => 0.4 * v + 0.2 * x[i] + rng.nextNormal());
 * const s = mediationSensitivity({ x, m, y }, { x: "x", m: "m", y: "y", covariates: [] });
 * const atZero = s.rows.find((r) => Math.abs(r.rho) < 1e-12)!;
 * if (Math.abs(atZero.estimate - s.estimateAtRhoZero) > 1e-12) throw new Error();
 * if (!(s.rhoAtZero! > 0 && s.rhoAtZero! < 1)) throw new Error();
 * ```
 */
export function mediationSensitivity(
  data: Record<string, Float64Array>,
  spec: SensitivitySpec,
  options: SensitivityOptions = {},
): SensitivityResult {
  const o = resolveSensitivityOptions(options);
  const prepared = prepareMediationData(data, {
    x: spec.x,
    m: [spec.m],
    y: spec.y,
    covariates: spec.covariates,
  });
  const d = prepared.data;
  const n = prepared.nobs;
  const col = (name: string) => ({ name, values: d[name] });
  const covariates = spec.covariates.map(col);
  const fitM = ols(d[spec.m], [col(spec.x), ...covariates]);
  const fitY = ols(d[spec.y], [col(spec.x), col(spec.m), ...covariates]);
  const fitY0 = ols(d[spec.y], [col(spec.x), ...covariates]);

  const a = _coef(fitM, spec.x);
  const gamma = _coef(fitY, spec.m);
  const rssM = _rss(fitM);
  const rssY = _rss(fitY);
  // An exactly fitted M is a combination of X and C, so ols() of Y has already thrown.
  if (!(rssY > EXACT_FIT * _tss(d[spec.y]))) {
    throw new DataError(
      `"${spec.y}" is fitted exactly by its regression, so the sensitivity analysis (which ` +
        `varies the correlation of the two models' errors) is undefined`,
      {
        stage: "sensitivity",
        column: spec.y,
        found: "R² above 1 − 1e-10",
        expected: "a model with residual variation",
        hint: "check that the outcome is not a function of the other variables",
      },
    );
  }
  const ratio = Math.sqrt(rssY / rssM);
  const vA = (rssM / (n - 1)) * _unscaled(fitM, spec.x);
  const vGamma = (rssY / (n - 1)) * _unscaled(fitY, spec.m);
  const z = qnorm(1 - (1 - o.confLevel) / 2);
  const r2M = fitM.rSquared as number; // non-null: the outcome varies (checked above)
  const r2Y = fitY.rSquared as number;
  const shrink = (1 - r2M) * (1 - r2Y);

  const rows: SensitivityRow[] = Array.from(rhoGrid(o.rhoStep), (rho) => {
    const g = gamma - (rho / Math.sqrt(1 - rho * rho)) * ratio;
    const estimate = a * g;
    const se = Math.sqrt(a * a * vGamma + g * g * vA);
    return {
      rho,
      estimate,
      confLow: estimate - z * se,
      confHigh: estimate + z * se,
      r2StarProd: rho * rho,
      r2TildeProd: rho * rho * shrink,
    };
  });

  const rhoAtZero = a === 0 ? null : _correlation(fitM.residuals, fitY0.residuals);
  return {
    x: spec.x,
    m: spec.m,
    y: spec.y,
    covariates: [...spec.covariates],
    nobs: n,
    droppedRows: prepared.droppedRows,
    rhoStep: o.rhoStep,
    confLevel: o.confLevel,
    estimateAtRhoZero: a * gamma,
    rhoAtZero,
    r2StarAtZero: rhoAtZero === null ? null : rhoAtZero * rhoAtZero,
    r2TildeAtZero: rhoAtZero === null ? null : rhoAtZero * rhoAtZero * shrink,
    rSquaredM: r2M,
    rSquaredY: r2Y,
    rows,
    note: _note(a),
  };
}

function _note(a: number): string {
  const base = "ACME(rho) and its normal interval are the converged values of R mediation's " +
    "medsens() for two lm fits (closed form); medsens itself stops iterating early and prints " +
    "values that differ by about 1e-4 relative (more where the ACME is near 0).";
  return a === 0
    ? `${base} The X -> M coefficient is exactly 0, so ACME(rho) = 0 for every rho and no ` +
      "single rho makes it vanish (rhoAtZero is null)."
    : base;
}

/** A model is an exact fit when RSS ≤ 1e-10 · total SS (R² > 1 − 1e-10; rounding noise). */
const EXACT_FIT = 1e-10;

function _tss(values: Float64Array): number {
  let mean = 0;
  for (const v of values) mean += v;
  mean /= values.length;
  let s = 0;
  for (const v of values) s += (v - mean) * (v - mean);
  return s;
}

function _coef(fit: OlsFit, term: string): number {
  return fit.coefficients[fit.terms.indexOf(term)];
}

function _unscaled(fit: OlsFit, term: string): number {
  const j = fit.terms.indexOf(term);
  return fit.unscaledCovariance[j * fit.terms.length + j];
}

function _rss(fit: OlsFit): number {
  let s = 0;
  for (const e of fit.residuals) s += e * e;
  return s;
}

/** Pearson correlation of two residual vectors (both have mean 0 up to rounding). */
function _correlation(u: Float64Array, v: Float64Array): number {
  const n = u.length;
  let mu = 0, mv = 0;
  for (let i = 0; i < n; i++) {
    mu += u[i];
    mv += v[i];
  }
  mu /= n;
  mv /= n;
  let suv = 0, suu = 0, svv = 0;
  for (let i = 0; i < n; i++) {
    const du = u[i] - mu, dv = v[i] - mv;
    suv += du * dv;
    suu += du * du;
    svv += dv * dv;
  }
  return suv / Math.sqrt(suu * svv);
}
