/**
 * The path regressions of a mediation model, fitted with `ols()`: point estimates, their
 * standard errors, and the covariance of the path coefficients for the delta method.
 * @module
 */
import { DataError } from "../errors.ts";
import { ols } from "../regress/ols.ts";
import type { OlsFit } from "../regress/ols.ts";
import { hcCovariance, type HcType } from "../regress/hc.ts";
import { pnorm2, pt2, qnorm, qt } from "../stats/distributions.ts";
import type { PathModel } from "./model.ts";
import type { EffectRow, MediationSeType } from "./types.ts";

/** Point estimates θ̂, their covariance (for the delta method) and the path rows. */
export interface PathFits {
  /** θ̂ in the layout of `PathModel` (a, d21, b, c, c′, SD_X, SD_Y). */
  theta: Float64Array;
  /**
   * Covariance of θ̂ (nTheta × nTheta, row-major) for the a, d21 and b entries (zero
   * elsewhere): within an equation its `vcov`; between the parallel mediators' equations
   * Cov(a_i, a_j) = σ_ij [(XᵀX)⁻¹]_xx with σ_ij = e_iᵀe_j / (n − p); zero between the other
   * equations (their estimates are uncorrelated). With seType "ml" every entry is × (n − p)/n.
   * With `hc`: within an equation its `hcCovariance(fit, hc)`; between the parallel
   * mediators' equations (same design X, leverages h) the cross sandwich
   * [(XᵀX)⁻¹ Xᵀ diag(ω) X (XᵀX)⁻¹]_xx with ω = e_i·e_j (HC0), × n/(n − p) (HC1), /(1 − h)
   * (HC2), /(1 − h)² (HC3), /(1 − h)^δ, δ = min(4, n·h/p̂) (HC4, as `hcCovariance`); still
   * zero between the other equations (the serial model's and the Y equations: a simplification
   * — their classical covariances are exactly 0, their sandwich covariances are not).
   */
  covariance: Float64Array;
  /** Rows a, b (a:<m>, b:<m>, d:<m1>-><m2>), total, direct. */
  rows: EffectRow[];
}

/**
 * Fits the equations M_j ~ X + C (serial: M2 ~ X + M1 + C), Y ~ X + M + C (b, c′) and
 * Y ~ X + C (c) by `ols()` (R's `lm()`), on complete cases `data` (by column name).
 * Path rows: with seType "ols" as `summary(lm)` and `confint(lm)` (t on n − p df); with "ml"
 * lavaan's `sem()` standard errors SE·√((n − p)/n), z tests and normal intervals.
 * With `hc` (seType "ols" only) the path rows take SE, t, p and t interval from
 * `hcCovariance(fit, hc)` (`sandwich::vcovHC(lm, type = hc)`), method "ols (<hc>)".
 * Collinear predictors throw `DataError` (stage "mediate"); so does an HC2–HC4 covariance
 * that is undefined because an observation has leverage 1.
 */
export function fitPaths(
  model: PathModel,
  data: Record<string, Float64Array>,
  seType: MediationSeType,
  confLevel: number,
  hc: HcType | null = null,
): PathFits {
  const [x, ...rest] = model.names.slice(model.nCovariates);
  const mediators = model.mediators;
  const y = rest[rest.length - 1];
  const covariates = model.names.slice(0, model.nCovariates);
  const column = (name: string) => ({ name, values: data[name] });
  const fit = (response: string, predictors: string[]) =>
    _fit(data[response], [...predictors, ...covariates].map(column), response);

  const theta = new Float64Array(model.nTheta);
  const covariance = new Float64Array(model.nTheta * model.nTheta);
  const rows: EffectRow[] = [];
  const single = model.kind === "simple";
  const mFits = mediators.map((m, j) =>
    fit(m, model.kind === "serial" && j === 1 ? [x, mediators[0]] : [x])
  );
  const yFit = fit(y, [x, ...mediators]);
  const totalFit = fit(y, [x]);
  // Covariance of each fit's coefficients: classical, or the sandwich of `hc`.
  const covs = new Map<OlsFit, Float64Array>();
  for (const f of [...mFits, yFit, totalFit]) covs.set(f, _covariance(f, hc));
  const row = (effect: string, f: OlsFit, term: string) =>
    _pathRow(effect, f, covs.get(f)!, term, seType, confLevel, hc);

  const entries: [number, OlsFit, string][] = [];
  mFits.forEach((f, j) => {
    theta[model.thetaA + j] = _coef(f, x);
    entries.push([model.thetaA + j, f, x]);
    rows.push(row(single ? "a" : `a:${mediators[j]}`, f, x));
  });
  if (model.kind === "serial") {
    const f = mFits[1];
    theta[model.thetaD21] = _coef(f, mediators[0]);
    entries.push([model.thetaD21, f, mediators[0]]);
    rows.push(row(`d:${mediators[0]}->${mediators[1]}`, f, mediators[0]));
  }
  mediators.forEach((m, j) => {
    theta[model.thetaB + j] = _coef(yFit, m);
    entries.push([model.thetaB + j, yFit, m]);
    rows.push(row(single ? "b" : `b:${m}`, yFit, m));
  });
  theta[model.thetaC] = _coef(totalFit, x);
  theta[model.thetaCp] = _coef(yFit, x);
  rows.push(row("total", totalFit, x));
  rows.push(row("direct", yFit, x));
  theta[model.thetaSdX] = _sd(data[x]);
  theta[model.thetaSdY] = _sd(data[y]);

  // Covariances of θ̂: within each equation, then across the parallel mediators' equations.
  const nTheta = model.nTheta;
  for (const [i, fi, ti] of entries) {
    for (const [j, fj, tj] of entries) {
      let value: number;
      if (fi === fj) {
        const p = fi.terms.length;
        value = covs.get(fi)![fi.terms.indexOf(ti) * p + fi.terms.indexOf(tj)];
      } else if (model.kind === "parallel" && mFits.includes(fi) && mFits.includes(fj)) {
        value = _crossCovariance(fi, fj, x, hc);
      } else {
        value = 0;
      }
      covariance[i * nTheta + j] = value * _mlFactor(fi, seType);
    }
  }
  return { theta, covariance, rows };
}

/** The classical covariance of `f`, or its `hc` sandwich (`DataError` when undefined). */
function _covariance(f: OlsFit, hc: HcType | null): Float64Array {
  if (hc === null) return f.covariance;
  const v = hcCovariance(f, hc);
  if (v !== null) return v;
  throw new DataError(`the ${hc} standard errors are undefined: an observation has leverage 1`, {
    stage: "mediate",
    found: "a leverage of 1 (an observation fitted exactly by its own coefficient)",
    expected: "leverages below 1",
    hint: 'use hc "HC0" or "HC1", which are defined for every leverage',
  });
}

/**
 * Cov(a_i, a_j) of two parallel mediators' equations, which share their design X (so their
 * leverages h and (XᵀX)⁻¹ = B): classically σ_ij B_xx, σ_ij = e_iᵀe_j / (n − p); with `hc`
 * the cross sandwich Σ_r ω_r w_r², w = row x of B·Xᵀ, ω_r the HC weight of `hcCovariance()`
 * with e_r² replaced by e_ir·e_jr.
 */
function _crossCovariance(fi: OlsFit, fj: OlsFit, x: string, hc: HcType | null): number {
  const n = fi.nobs, p = fi.terms.length, ix = fi.terms.indexOf(x);
  const ei = fi.residuals, ej = fj.residuals;
  if (hc === null) {
    let cross = 0;
    for (let r = 0; r < n; r++) cross += ei[r] * ej[r];
    return (cross / fi.dfResidual) * fi.unscaledCovariance[ix * p + ix];
  }
  const h = fi.hat, bread = fi.unscaledCovariance, design = fi.design;
  let sumHat = 0;
  for (let r = 0; r < n; r++) sumHat += h[r];
  const pHat = Math.round(sumHat);
  let value = 0;
  for (let r = 0; r < n; r++) {
    let w = 0;
    for (let k = 0; k < p; k++) w += bread[ix * p + k] * design[k][r];
    const e2 = ei[r] * ej[r];
    const omega = hc === "HC0"
      ? e2
      : hc === "HC1"
      ? e2 * n / (n - p)
      : hc === "HC2"
      ? e2 / (1 - h[r])
      : hc === "HC3"
      ? e2 / (1 - h[r]) ** 2
      : e2 / (1 - h[r]) ** Math.min(4, n * h[r] / pHat);
    value += omega * w * w;
  }
  return value;
}

/** Variance factor of seType: 1 for "ols", (n − p)/n for "ml" (σ² with divisor n). */
function _mlFactor(f: OlsFit, seType: MediationSeType): number {
  return seType === "ml" ? f.dfResidual / f.nobs : 1;
}

function _fit(
  y: Float64Array,
  columns: { name: string; values: Float64Array }[],
  response: string,
) {
  try {
    return ols(y, columns);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    throw new DataError(`in the equation for "${response}": ${error.message}`, {
      stage: "mediate",
      column: error.column,
      found: error.found,
      expected: error.expected,
      hint: error.hint,
    });
  }
}

function _coef(f: OlsFit, term: string): number {
  return f.coefficients[f.terms.indexOf(term)];
}

function _sd(values: Float64Array): number {
  let mean = 0;
  for (const v of values) mean += v;
  mean /= values.length;
  let ss = 0;
  for (const v of values) ss += (v - mean) * (v - mean);
  return Math.sqrt(ss / (values.length - 1));
}

function _pathRow(
  effect: string,
  f: OlsFit,
  covariance: Float64Array,
  term: string,
  seType: MediationSeType,
  confLevel: number,
  hc: HcType | null,
): EffectRow {
  const j = f.terms.indexOf(term);
  const estimate = f.coefficients[j];
  const p = f.terms.length;
  const se = hc === null
    ? f.stdErrors[j] * Math.sqrt(_mlFactor(f, seType))
    : Math.sqrt(covariance[j * p + j]);
  const ml = seType === "ml";
  const critical = ml ? qnorm((1 + confLevel) / 2) : qt((1 + confLevel) / 2, f.dfResidual);
  const exact = se === 0;
  const statistic = exact ? null : estimate / se;
  return {
    effect,
    estimate,
    stdError: se,
    statistic,
    df: ml ? null : f.dfResidual,
    pValue: statistic === null ? null : ml ? pnorm2(statistic) : pt2(statistic, f.dfResidual),
    confLow: estimate - critical * se,
    confHigh: estimate + critical * se,
    method: ml ? "ml" : hc === null ? "ols" : `ols (${hc})`,
    unstable: null,
    note: exact ? "exact fit: the standard error is 0, so there is no test" : null,
  };
}
