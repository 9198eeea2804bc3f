/**
 * A reported linear regression: listwise deletion, OLS, classical and robust inference,
 * standardized coefficients, VIFs and residual diagnostics.
 * @module
 */
import { DataError } from "../errors.ts";
import { pt2, qt } from "../stats/distributions.ts";
import { breuschPagan } from "./breusch_pagan.ts";
import { HC_TYPES, hcCovariance } from "./hc.ts";
import type { HcType } from "./hc.ts";
import { influence } from "./influence.ts";
import { ols } from "./ols.ts";
import type { OlsColumn, OlsFit } from "./ols.ts";
import { shapiroWilk } from "./shapiro_wilk.ts";
import type { ShapiroWilkResult } from "./shapiro_wilk.ts";
import type {
  RegressionResult,
  RegressionSpec,
  RegressOptions,
  RobustRow,
  TermRow,
} from "./types.ts";
import { vif } from "./vif.ts";

/**
 * Fits `outcome ~ predictors` (with an intercept) by OLS on the rows complete on all of them
 * (listwise deletion: a value is missing when it is NaN) and reports what `summary(lm)`,
 * `confint(lm)`, `lmtest::coeftest(lm, vcov = sandwich::vcovHC(lm, type = hc))` and
 * `lmtest::coefci(lm, vcov = ...)` report, plus standardized coefficients
 * b·sd(x)/sd(y) (= `lm` on `scale()`d variables), VIFs (see `vif()`), `rstudent`,
 * `cooks.distance`, `hatvalues`, `lmtest::bptest` and `shapiro.test` of the residuals.
 * Robust tests use Student's t with the residual df, as `coeftest` does for `lm`.
 * Algorithms and references: see `ols()`, `hcCovariance()`, `influence()`,
 * `breuschPagan()`, `shapiroWilk()`, `vif()`.
 *
 * Degenerate input:
 * - unknown variable names, a predictor listed twice or equal to the outcome, ±Infinity in a
 *   used column, or no complete row: `DataError` (stage "regress");
 * - too few complete rows (n ≤ p), a constant predictor or collinear predictors: the
 *   `DataError` of `ols()`, naming the term(s);
 * - columns of different lengths, or confLevel / hc out of range: `RangeError`;
 * - a constant outcome: the fit is exact; R², F, t, p and intervals are null, and standardized
 *   coefficients too (sd(y) = 0). Every null is explained in `notes`.
 *
 * @example
 * ```ts
 * import { regress } from "./regress.ts";
 * const data = {
 *   y: new Float64Array([2.1, 3.9, 6.2, 7.8, 10.1, NaN, 13.8]),
 *   x: new Float64Array([1, 2, 3, 4, 5, 6, 7]),
 * };
 * const r = regress(data, { model: "m1", outcome: "y", predictors: ["x"] });
 * if (r.nobs !== 6 || r.rowsUsed.includes(5)) throw new Error("listwise");
 * if (r.terms[1].term !== "x" || r.terms[1].vif !== 1) throw new Error("terms");
 * ```
 */
export function regress(
  data: Record<string, Float64Array>,
  spec: RegressionSpec,
  options: RegressOptions = {},
): RegressionResult {
  const opts = _regressDefaults(options);
  const names = [spec.outcome, ...spec.predictors];
  const columns = _columns(data, spec, names);
  const rowsUsed = _completeRows(columns, names);
  const pick = (values: Float64Array) => Float64Array.from(rowsUsed, (i) => values[i]);
  const y = pick(columns[0]);
  const predictors: OlsColumn[] = spec.predictors.map((name, k) => ({
    name,
    values: pick(columns[k + 1]),
  }));
  const fit = ols(y, predictors);
  const notes: string[] = [];
  if (fit.constantOutcome) {
    notes.push(
      `"${spec.outcome}" has the same value in every row used: the fit is exact, so R², F, ` +
        `t, p-values, intervals and standardized coefficients are undefined (null)`,
    );
  }

  const hc = opts.hc === null ? null : hcCovariance(fit, opts.hc);
  if (opts.hc !== null && hc === null) {
    notes.push(
      `${opts.hc} standard errors are undefined because an observation has leverage 1 ` +
        `(robust: null); use HC0 or HC1, or drop that observation`,
    );
  }
  const sdY = _sd(y);
  const vifs = vif(predictors);
  const terms: TermRow[] = fit.terms.map((term, j) => {
    const estimate = fit.coefficients[j];
    const isIntercept = fit.intercept && j === 0;
    const k = fit.intercept ? j - 1 : j;
    const standardized = isIntercept || sdY === 0
      ? null
      : _finiteOrNull(estimate * _sd(predictors[k].values) / sdY);
    const classical = _inference(estimate, fit.stdErrors[j], fit.dfResidual, opts.confLevel);
    let robust: RobustRow | null = null;
    if (opts.hc !== null && hc !== null) {
      const se = Math.sqrt(hc[j * fit.terms.length + j]);
      robust = {
        type: opts.hc,
        stdError: _finiteOrNull(se),
        ..._inference(estimate, se, fit.dfResidual, opts.confLevel),
      };
    }
    return {
      term,
      estimate,
      stdError: fit.stdErrors[j],
      ...classical,
      df: fit.dfResidual,
      standardized,
      vif: isIntercept ? null : vifs[k],
      robust,
    };
  });

  const infl = influence(fit);
  const bp = breuschPagan(fit);
  if (bp === null) {
    notes.push(
      fit.rank < 2
        ? "Breusch-Pagan test: null, an intercept-only model has no regressor to test against"
        : "Breusch-Pagan test: null, all squared residuals are equal",
    );
  }
  return {
    model: spec.model,
    outcome: spec.outcome,
    predictors: [...spec.predictors],
    nobs: fit.nobs,
    rowsUsed,
    confLevel: opts.confLevel,
    hcType: opts.hc,
    rSquared: fit.rSquared,
    adjRSquared: fit.adjRSquared,
    sigma: fit.sigma,
    fStatistic: fit.fStatistic,
    df1: fit.df1,
    df2: fit.df2,
    pValue: fit.fPValue,
    terms,
    diagnostics: {
      fitted: Array.from(fit.fitted),
      residuals: Array.from(fit.residuals),
      studentizedResiduals: infl.studentizedResiduals,
      cooksDistance: infl.cooksDistance,
      leverage: infl.leverage,
      breuschPagan: bp,
      shapiroWilk: _shapiroOrNull(fit, notes),
    },
    notes,
  };
}

function _regressDefaults(options: RegressOptions): Required<RegressOptions> {
  const confLevel = options.confLevel ?? 0.95;
  const hc = options.hc === undefined ? "HC3" : options.hc;
  if (!(confLevel > 0 && confLevel < 1)) {
    throw new RangeError(`regress(): confLevel must be in (0, 1), got ${confLevel}`);
  }
  if (hc !== null && !HC_TYPES.includes(hc)) {
    throw new RangeError(`regress(): hc must be one of ${HC_TYPES.join(", ")} or null`);
  }
  return { confLevel, hc: hc as HcType | null };
}

/** The outcome and predictor columns, after checking the names against the data. */
function _columns(
  data: Record<string, Float64Array>,
  spec: RegressionSpec,
  names: string[],
): Float64Array[] {
  const available = Object.keys(data);
  for (const name of names) {
    if (!Object.hasOwn(data, name)) {
      throw new DataError(
        `model "${spec.model}" uses variable "${name}", which is not in the data`,
        {
          stage: "regress",
          column: name,
          expected: `one of ${available.map((a) => `"${a}"`).join(", ")}`,
          hint: "correct the variable name in the model definition",
        },
      );
    }
  }
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) {
      throw new DataError(
        `model "${spec.model}" lists "${name}" twice (as outcome or predictor)`,
        {
          stage: "regress",
          column: name,
          hint: "list each variable once; the outcome cannot also be a predictor",
        },
      );
    }
    seen.add(name);
  }
  const columns = names.map((name) => data[name]);
  const n = columns[0].length;
  for (let k = 0; k < names.length; k++) {
    if (columns[k].length !== n) {
      throw new RangeError(
        `regress(): column "${names[k]}" has ${columns[k].length} rows, not ${n}`,
      );
    }
  }
  return columns;
}

/** Indices of the rows with no NaN in any column; ±Infinity is a data error. */
function _completeRows(columns: Float64Array[], names: string[]): number[] {
  const n = columns[0].length;
  const rows: number[] = [];
  for (let i = 0; i < n; i++) {
    let complete = true;
    for (let k = 0; k < columns.length; k++) {
      const value = columns[k][i];
      if (Number.isNaN(value)) complete = false;
      else if (!Number.isFinite(value)) {
        throw new DataError(`"${names[k]}" is ${value} in row index ${i}`, {
          stage: "regress",
          column: names[k],
          found: String(value),
          expected: "a finite number or a missing value",
          hint: "fix the value in the data, or mark it missing",
        });
      }
    }
    if (complete) rows.push(i);
  }
  if (rows.length === 0) {
    throw new DataError(`no row has values for all of ${names.map((a) => `"${a}"`).join(", ")}`, {
      stage: "regress",
      found: `${n} rows, none complete`,
      hint: "check the missing-value codes and the variables of the model",
    });
  }
  return rows;
}

/** t statistic, p and interval for one coefficient; null when se is 0 or not finite. */
function _inference(estimate: number, se: number, df: number, confLevel: number) {
  if (!(se > 0 && Number.isFinite(se))) {
    return { statistic: null, pValue: null, confLow: null, confHigh: null };
  }
  const statistic = estimate / se;
  // As confint.lm: estimate + se · qt(c(a, 1 − a), df), a = (1 − level)/2.
  const a = (1 - confLevel) / 2;
  return {
    statistic,
    pValue: pt2(statistic, df),
    confLow: estimate + se * qt(a, df),
    confHigh: estimate + se * qt(1 - a, df),
  };
}

function _shapiroOrNull(fit: OlsFit, notes: string[]): ShapiroWilkResult | null {
  const e = fit.residuals;
  if (fit.nobs < 3 || fit.nobs > 5000) {
    notes.push(`Shapiro-Wilk test: null, it is defined for 3 to 5000 residuals (n = ${fit.nobs})`);
    return null;
  }
  if (e.every((value) => value === e[0])) {
    notes.push("Shapiro-Wilk test: null, all residuals are equal");
    return null;
  }
  return shapiroWilk(e);
}

function _sd(values: Float64Array): number {
  const n = values.length;
  let mean = 0;
  for (const value of values) mean += value;
  mean /= n;
  let ss = 0;
  for (const value of values) ss += (value - mean) * (value - mean);
  return Math.sqrt(ss / (n - 1));
}

function _finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
