/**
 * Ordinary least squares by Householder QR.
 * @module
 */
import { DataError } from "../errors.ts";
import { pfUpper } from "../stats/distributions.ts";
import { qr, QR_TOLERANCE } from "../linalg/qr.ts";
import type { QR } from "../linalg/qr.ts";
import { qrCoef, qrHat, qrResiduals } from "../linalg/apply.ts";
import { crossprodInverse } from "../linalg/triangular.ts";

/** Name of the intercept term, as in R. */
export const INTERCEPT = "(Intercept)";

/** Options of {@link ols}. */
export interface OlsOptions {
  /** Add a column of ones named "(Intercept)" as the first term. Default `true`. */
  intercept?: boolean;
  /** Rank tolerance of the QR (see `qr()`). Default 1e-7, as `lm()`. */
  tol?: number;
}

/** A predictor column: its term name and its values (one per observation). */
export interface OlsColumn {
  name: string;
  values: Float64Array;
}

/** An OLS fit. Vectors are indexed by term (p) or by observation (n). */
export interface OlsFit {
  /** Term names: "(Intercept)" first when an intercept was added, then the columns. */
  terms: string[];
  coefficients: Float64Array;
  /** Classical standard errors √diag(σ²(XᵀX)⁻¹). */
  stdErrors: Float64Array;
  /** σ²(XᵀX)⁻¹, p × p, row-major (R's `vcov(lm)`). */
  covariance: Float64Array;
  /** (XᵀX)⁻¹, p × p, row-major (R's `summary(lm)$cov.unscaled`). */
  unscaledCovariance: Float64Array;
  residuals: Float64Array;
  fitted: Float64Array;
  /** Residual standard error √(RSS / dfResidual). */
  sigma: number;
  dfResidual: number;
  nobs: number;
  /** mss / (mss + rss), centred when there is an intercept (`summary.lm`); null if 0/0. */
  rSquared: number | null;
  /** 1 − (1 − R²)(n − i)/dfResidual, i = 1 with an intercept, else 0; null with R². */
  adjRSquared: number | null;
  /** (mss / df1) / σ²; null when df1 = 0 (intercept-only) or σ = 0. */
  fStatistic: number | null;
  /** Numerator df of F: p − 1 with an intercept, else p. */
  df1: number;
  /** Denominator df of F: dfResidual. */
  df2: number;
  /** Upper-tail p of F (`pf(F, df1, df2, lower.tail = FALSE)`); null with F. */
  fPValue: number | null;
  /**
   * Leverages: diagonal of the hat matrix, with values above 1 − 10·eps set to 1 (as
   * `hatvalues(lm)`, so that an observation fitted by its own coefficient has exactly 1).
   */
  hat: Float64Array;
  /** Numerical rank of X (always p: rank deficiency throws). */
  rank: number;
  intercept: boolean;
  /** True when the outcome takes one value and there is an intercept: an exact fit. */
  constantOutcome: boolean;
  /** The design matrix X as columns, in `terms` order (intercept column included). */
  design: Float64Array[];
  /** The QR factorisation of X. */
  qr: QR;
}

/**
 * Ordinary least squares y = Xb + e, with X = [1, columns] (or [columns] when
 * `intercept: false`).
 *
 * Algorithm: Householder QR of X (never the normal equations); b solves Rb = (Qᵀy)[0:p];
 * residuals are Q(0, (Qᵀy)[p:]) and fitted values y − residuals; (XᵀX)⁻¹ = R⁻¹R⁻ᵀ; leverages
 * are the row sums of squares of Q₁ (rounded to 1 above 1 − 10·eps, as `lm.influence`). R², adjusted R² and F follow `summary.lm` (R² =
 * mss/(mss + rss), mss centred only with an intercept). Matches R's `lm()` / `summary.lm()`
 * (Chambers & Hastie, 1992, Statistical Models in S, ch. 4).
 *
 * Missing values are the caller's job: NaN or ±Infinity anywhere throws `RangeError`, as do
 * columns of different lengths or duplicated names.
 *
 * Degenerate input (throws `DataError`, stage "regress"):
 * - n ≤ p (no residual degrees of freedom);
 * - collinear columns (rank deficiency by `lm()`'s 1e-7 rule, see `qr()`): the message names
 *   each aliased term and the terms it is a combination of; a constant column in a model with
 *   an intercept is reported as having no variance.
 *
 * Constant outcome with an intercept: the fit is exact, so residuals, σ, the covariance and
 * the standard errors are set to exactly 0 (R reports rounding noise and warns "essentially
 * perfect fit"), `constantOutcome` is true, and R², adjusted R², F and its p are null
 * (0/0: there is no variance to explain).
 *
 * @example
 * ```ts
 * import { ols } from "./ols.ts";
 * const x = new Float64Array([1, 2, 3, 4, 5]);
 * const y = new Float64Array([2.1, 3.9, 6.2, 7.8, 10.1]);
 * const fit = ols(y, [{ name: "x", values: x }]);
 * // lm(y ~ x): intercept 0.05, slope 1.99
 * if (Math.abs(fit.coefficients[1] - 1.99) > 1e-12) throw new Error("slope");
 * if (fit.terms.join() !== "(Intercept),x" || fit.dfResidual !== 3) throw new Error("terms");
 * ```
 */
export function ols(y: Float64Array, columns: OlsColumn[], options: OlsOptions = {}): OlsFit {
  const opts = _olsDefaults(options);
  const n = y.length;
  _checkFinite(y, "y");
  const terms: string[] = [];
  const design: Float64Array[] = [];
  if (opts.intercept) {
    terms.push(INTERCEPT);
    design.push(new Float64Array(n).fill(1));
  }
  for (const column of columns) {
    if (column.values.length !== n) {
      throw new RangeError(
        `ols(): column "${column.name}" has ${column.values.length} values, y has ${n}`,
      );
    }
    if (terms.includes(column.name)) {
      throw new RangeError(`ols(): term "${column.name}" appears twice`);
    }
    _checkFinite(column.values, column.name);
    terms.push(column.name);
    design.push(Float64Array.from(column.values));
  }
  const p = terms.length;
  if (p === 0) throw new RangeError("ols(): no terms (no columns and intercept: false)");
  if (n <= p) {
    throw new DataError(
      `${n} complete observation(s) cannot fit ${p} coefficient(s) (${terms.join(", ")}): ` +
        `OLS needs more observations than coefficients`,
      {
        stage: "regress",
        found: `n = ${n}, coefficients = ${p}`,
        expected: `n >= ${p + 1}`,
        hint:
          "use fewer predictors or more complete rows (check the rows dropped for missing values)",
      },
    );
  }

  const f = qr(design, { tol: opts.tol });
  if (f.aliased.length > 0) throw _aliasedError(f, design, terms, opts.intercept);

  const constantOutcome = opts.intercept && y.every((value) => value === y[0]);
  const coefficients = qrCoef(f, y);
  const residuals = constantOutcome ? new Float64Array(n) : qrResiduals(f, y);
  const fitted = new Float64Array(n);
  for (let i = 0; i < n; i++) fitted[i] = y[i] - residuals[i];

  const dfResidual = n - p;
  let rss = 0;
  for (let i = 0; i < n; i++) rss += residuals[i] * residuals[i];
  const resvar = rss / dfResidual;
  const unscaledCovariance = crossprodInverse(f.r, p);
  const covariance = unscaledCovariance.map((value) => value * resvar);
  const stdErrors = new Float64Array(p);
  for (let j = 0; j < p; j++) stdErrors[j] = Math.sqrt(covariance[j * p + j]);

  // summary.lm: mss centred on mean(fitted) with an intercept, uncentred without.
  let mean = 0;
  if (opts.intercept) {
    for (let i = 0; i < n; i++) mean += fitted[i];
    mean /= n;
  }
  let mss = 0;
  for (let i = 0; i < n; i++) mss += (fitted[i] - mean) * (fitted[i] - mean);
  const dfIntercept = opts.intercept ? 1 : 0;
  const df1 = p - dfIntercept;
  const rSquared = _finiteOrNull(constantOutcome ? NaN : mss / (mss + rss));
  const adjRSquared = rSquared === null
    ? null
    : _finiteOrNull(1 - (1 - rSquared) * ((n - dfIntercept) / dfResidual));
  const fStatistic = df1 === 0 || resvar === 0 ? null : _finiteOrNull((mss / df1) / resvar);
  const fPValue = fStatistic === null ? null : pfUpper(fStatistic, df1, dfResidual);

  return {
    terms,
    coefficients,
    stdErrors,
    covariance,
    unscaledCovariance,
    residuals,
    fitted,
    sigma: Math.sqrt(resvar),
    dfResidual,
    nobs: n,
    rSquared,
    adjRSquared,
    fStatistic,
    df1,
    df2: dfResidual,
    fPValue,
    hat: qrHat(f).map((h) => (h > 1 - 10 * Number.EPSILON ? 1 : h)),
    rank: f.rank,
    intercept: opts.intercept,
    constantOutcome,
    design,
    qr: f,
  };
}

function _olsDefaults(options: OlsOptions): Required<OlsOptions> {
  return { intercept: options.intercept ?? true, tol: options.tol ?? QR_TOLERANCE };
}

function _checkFinite(values: Float64Array, name: string): void {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) {
      throw new RangeError(
        `ols(): "${name}"[${i}] is ${values[i]}; drop incomplete rows before calling ols()`,
      );
    }
  }
}

function _finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/** A DataError naming every aliased term and what it is a combination of. */
function _aliasedError(
  f: QR,
  design: Float64Array[],
  terms: string[],
  intercept: boolean,
): DataError {
  const keptNames = f.kept.map((k) => terms[k]);
  const explanations = f.aliased.map((j) => {
    const values = design[j];
    const constant = values.every((value) => value === values[0]);
    if (constant && intercept) {
      return `"${terms[j]}" has the same value (${values[0]}) in every row used, so its ` +
        `effect cannot be separated from the intercept`;
    }
    // Which kept terms reproduce the aliased column: those with a non-negligible share.
    const b = qrCoef(f, values);
    let total = 0;
    const shares = f.kept.map((k, m) => {
      let s = 0;
      for (const value of design[k]) s += value * value;
      const share = Math.abs(b[m]) * Math.sqrt(s);
      total += share;
      return share;
    });
    const partners = keptNames.filter((_, m) => shares[m] > 1e-6 * total);
    return partners.length === 0
      ? `"${terms[j]}" is zero in every row used`
      : `"${terms[j]}" is an exact linear combination of ${
        partners.map((name) => `"${name}"`).join(", ")
      } (perfect collinearity)`;
  });
  const names = f.aliased.map((j) => terms[j]);
  return new DataError(`cannot estimate ${names.join(", ")}: ${explanations.join("; ")}`, {
    stage: "regress",
    column: names[0],
    found: `rank ${f.rank} for ${terms.length} coefficients`,
    expected: "linearly independent predictors",
    hint: `remove ${
      names.map((name) => `"${name}"`).join(", ")
    } (or one of the predictors it duplicates) from the model, or combine the collinear ` +
      `predictors into one score`,
  });
}
