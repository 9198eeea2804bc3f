import assert from "node:assert/strict";
import { regress } from "../../pipeline/regress/regress.ts";
import { HC_TYPES } from "../../pipeline/regress/hc.ts";
import type { RegressionResult } from "../../pipeline/regress/types.ts";
import { assertAllClose, assertClose, readCsv, readReference } from "./_helpers.ts";

const ref = readReference();
const input = readCsv("input.csv");
const missing = readCsv("missing.csv");
const withIntercept = ["main", "heteroscedastic", "single", "missing"] as const;

function fitOf(name: string, options = {}): RegressionResult {
  const model = ref.models[name];
  return regress(name === "missing" ? missing : input, {
    model: name,
    outcome: model.outcome,
    predictors: model.predictors,
  }, options);
}

/** Every number in a plain-data value, with its path. */
function numbers(value: unknown, path = "$"): [string, number][] {
  if (typeof value === "number") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbers(v, `${path}[${i}]`));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => numbers(v, `${path}.${k}`));
  }
  return [];
}

for (const name of withIntercept) {
  const model = ref.models[name];
  const result = fitOf(name);

  Deno.test(`regress() matches summary(lm) and confint(lm) term by term (${name})`, () => {
    assert.deepEqual(result.terms.map((t) => t.term), model.terms);
    assertAllClose(result.terms.map((t) => t.estimate), model.estimate, undefined, "estimate");
    assertAllClose(result.terms.map((t) => t.stdError), model.stdError, undefined, "stdError");
    assertAllClose(result.terms.map((t) => t.statistic), model.statistic, undefined, "t");
    assertAllClose(result.terms.map((t) => t.pValue), model.pValue, undefined, "p");
    assertAllClose(result.terms.map((t) => t.confLow), model.confLow, undefined, "confLow");
    assertAllClose(result.terms.map((t) => t.confHigh), model.confHigh, undefined, "confHigh");
    assert.ok(result.terms.every((t) => t.df === model.dfResidual));
  });

  Deno.test(`regress() matches lm's R², adjusted R², sigma, F, df and p (${name})`, () => {
    assertClose(result.rSquared, model.rSquared, undefined, "R²");
    assertClose(result.adjRSquared, model.adjRSquared, undefined, "adj R²");
    assertClose(result.sigma, model.sigma, undefined, "sigma");
    assertClose(result.fStatistic, model.fStatistic, undefined, "F");
    assertClose(result.pValue, model.fPValue, undefined, "p(F)");
    assert.equal(result.df1, model.df1);
    assert.equal(result.df2, model.df2);
    assert.equal(result.nobs, model.nobs);
    assert.deepEqual(result.rowsUsed, model.rowsUsed);
  });

  Deno.test(`regress() standardized β matches lm on scale()d variables (${name})`, () => {
    assert.equal(result.terms[0].standardized, null);
    assertAllClose(
      result.terms.slice(1).map((t) => t.standardized),
      model.standardized!,
      undefined,
      "standardized",
    );
  });

  Deno.test(`regress() VIF matches 1/(1 − R²_j) of the auxiliary lm fits (${name})`, () => {
    assert.equal(result.terms[0].vif, null);
    assertAllClose(result.terms.slice(1).map((t) => t.vif), model.vif!, undefined, "vif");
  });

  for (const type of HC_TYPES) {
    Deno.test(`regress(hc: "${type}") matches coeftest/coefci with vcovHC(type = "${type}") (${name})`, () => {
      const r = type === "HC3" ? result : fitOf(name, { hc: type });
      const expected = model.hc[type];
      assert.equal(r.hcType, type);
      const robust = r.terms.map((t) => t.robust!);
      assert.ok(robust.every((row) => row.type === type));
      assertAllClose(robust.map((x) => x.stdError), expected.stdError, undefined, "se");
      assertAllClose(robust.map((x) => x.statistic), expected.statistic, undefined, "t");
      assertAllClose(robust.map((x) => x.pValue), expected.pValue, undefined, "p");
      assertAllClose(robust.map((x) => x.confLow), expected.confLow, undefined, "confLow");
      assertAllClose(robust.map((x) => x.confHigh), expected.confHigh, undefined, "confHigh");
    });
  }

  Deno.test(`regress() diagnostics match fitted, residuals, rstudent, cooks.distance, hatvalues, bptest, shapiro.test (${name})`, () => {
    const d = result.diagnostics;
    assertAllClose(d.fitted, model.fitted, undefined, "fitted");
    assertAllClose(d.residuals, model.residuals, undefined, "residuals");
    assertAllClose(d.studentizedResiduals, model.rstudent, undefined, "rstudent");
    assertAllClose(d.cooksDistance, model.cooks, undefined, "cooks");
    assertAllClose(d.leverage, model.hat, undefined, "hat");
    assertClose(d.breuschPagan?.statistic, model.breuschPagan!.statistic, undefined, "BP");
    assertClose(d.breuschPagan?.pValue, model.breuschPagan!.pValue, undefined, "BP p");
    assert.equal(d.breuschPagan?.df, model.breuschPagan!.df);
    assertClose(d.shapiroWilk?.statistic, model.shapiroWilk!.statistic, undefined, "W");
    assertClose(d.shapiroWilk?.pValue, model.shapiroWilk!.pValue, undefined, "SW p");
  });

  Deno.test(`regress() result is plain JSON data with no NaN or Infinity (${name})`, () => {
    const bad = numbers(result).filter(([, v]) => !Number.isFinite(v));
    assert.deepEqual(bad, []);
    assert.deepEqual(JSON.parse(JSON.stringify(result)), result);
    assert.deepEqual(result.notes, []);
  });
}

Deno.test("regress(confLevel: 0.9) matches confint(lm, level = 0.90)", () => {
  const model = ref.models.main;
  const result = fitOf("main", { confLevel: 0.9 });
  assertAllClose(result.terms.map((t) => t.confLow), model.confLow90, undefined, "confLow");
  assertAllClose(result.terms.map((t) => t.confHigh), model.confHigh90, undefined, "confHigh");
});

Deno.test("regress() with a single predictor reports VIF = 1 (documented choice)", () => {
  const result = fitOf("single");
  assert.equal(result.terms[1].vif, 1);
});

Deno.test("regress(hc: null) reports no robust inference", () => {
  const result = fitOf("main", { hc: null });
  assert.equal(result.hcType, null);
  assert.ok(result.terms.every((t) => t.robust === null));
});

Deno.test("regress() drops rows with NaN listwise and reports the rows used, as lm's na.omit", () => {
  const model = ref.models.missing;
  const result = fitOf("missing");
  // missing.csv has 40 rows and NAs spread over all five columns.
  assert.equal(missing.y.length, 40);
  assert.ok(model.rowsUsed.length < 40);
  assert.deepEqual(result.rowsUsed, model.rowsUsed);
  for (const i of result.rowsUsed) {
    for (const name of ["y", "x1", "x2", "d1", "age"]) assert.ok(!Number.isNaN(missing[name][i]));
  }
});

Deno.test("regress() rejects confLevel outside (0, 1) and unknown hc types with RangeError", () => {
  assert.throws(() => fitOf("main", { confLevel: 1 }), RangeError);
  assert.throws(() => fitOf("main", { confLevel: 0 }), RangeError);
  // deno-lint-ignore no-explicit-any
  assert.throws(() => fitOf("main", { hc: "HC5" as any }), RangeError);
});
