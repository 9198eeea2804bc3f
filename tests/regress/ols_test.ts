import assert from "node:assert/strict";
import { ols } from "../../pipeline/regress/ols.ts";
import {
  assertAllClose,
  assertClose,
  assertCovarianceClose,
  modelColumns,
  readCsv,
  readReference,
} from "./_helpers.ts";

const ref = readReference();
const input = readCsv("input.csv");
const missing = readCsv("missing.csv");
const dataOf = (name: string) => (name === "missing" ? missing : input);

for (const [name, model] of Object.entries(ref.models)) {
  const { y, columns } = modelColumns(dataOf(name), model);
  const fit = ols(y, columns, { intercept: model.intercept });

  Deno.test(`ols() matches lm's terms, coefficients and standard errors (${name})`, () => {
    assert.deepEqual(fit.terms, model.terms);
    assertAllClose(fit.coefficients, model.estimate, undefined, "coefficients");
    assertAllClose(fit.stdErrors, model.stdError, undefined, "stdErrors");
  });

  Deno.test(`ols() matches vcov(lm) (${name})`, () => {
    assertCovarianceClose(fit.covariance, model.covariance, undefined, "covariance");
  });

  Deno.test(`ols() matches summary.lm's sigma, df, R², adjusted R², F and its p (${name})`, () => {
    assertClose(fit.sigma, model.sigma, undefined, "sigma");
    assert.equal(fit.dfResidual, model.dfResidual);
    assert.equal(fit.nobs, model.nobs);
    assertClose(fit.rSquared, model.rSquared, undefined, "rSquared");
    assertClose(fit.adjRSquared, model.adjRSquared, undefined, "adjRSquared");
    assertClose(fit.fStatistic, model.fStatistic, undefined, "fStatistic");
    assert.equal(fit.df1, model.df1);
    assert.equal(fit.df2, model.df2);
    assertClose(fit.fPValue, model.fPValue, undefined, "fPValue");
  });

  Deno.test(`ols() matches lm's fitted values, residuals and hatvalues (${name})`, () => {
    assertAllClose(fit.fitted, model.fitted, undefined, "fitted");
    assertAllClose(fit.residuals, model.residuals, undefined, "residuals");
    assertAllClose(fit.hat, model.hat, undefined, "hat");
    assert.equal(fit.rank, model.terms.length);
  });
}

Deno.test("ols() without intercept uses the uncentred R² and F on p numerator df, as lm(y ~ 0 + ...)", () => {
  const model = ref.models.noIntercept;
  assert.equal(model.df1, 2);
  const { y, columns } = modelColumns(input, model);
  const fit = ols(y, columns, { intercept: false });
  assert.equal(fit.df1, 2);
  // p ≈ 1e-62: only an upper tail computed without 1 − cdf keeps it.
  assertClose(fit.fPValue, model.fPValue, undefined, "fPValue");
});

Deno.test("ols() throws RangeError on NaN (complete cases are the caller's job)", () => {
  const y = new Float64Array([1, 2, NaN, 4, 5]);
  const x = new Float64Array([1, 3, 2, 5, 4]);
  assert.throws(() => ols(y, [{ name: "x", values: x }]), RangeError);
  assert.throws(() => ols(x, [{ name: "y", values: y }]), RangeError);
});

Deno.test("ols() throws RangeError on columns of different lengths or duplicated names", () => {
  const y = new Float64Array([1, 2, 3, 4, 5]);
  const x = new Float64Array([1, 3, 2, 5, 4]);
  assert.throws(() => ols(y, [{ name: "x", values: x.subarray(1) }]), RangeError);
  assert.throws(() => ols(y, [{ name: "x", values: x }, { name: "x", values: x }]), RangeError);
});
