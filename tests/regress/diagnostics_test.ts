import assert from "node:assert/strict";
import { ols } from "../../pipeline/regress/ols.ts";
import { influence } from "../../pipeline/regress/influence.ts";
import { breuschPagan } from "../../pipeline/regress/breusch_pagan.ts";
import { assertAllClose, assertClose, modelColumns, readCsv, readReference } from "./_helpers.ts";

const ref = readReference();
const input = readCsv("input.csv");
const missing = readCsv("missing.csv");

for (const [name, model] of Object.entries(ref.models)) {
  const { y, columns } = modelColumns(name === "missing" ? missing : input, model);
  const fit = ols(y, columns, { intercept: model.intercept });

  Deno.test(`influence() matches hatvalues, rstudent and cooks.distance (${name})`, () => {
    const inf = influence(fit);
    assertAllClose(inf.leverage, model.hat, undefined, "hatvalues");
    assertAllClose(inf.studentizedResiduals, model.rstudent, undefined, "rstudent");
    assertAllClose(inf.cooksDistance, model.cooks, undefined, "cooks.distance");
  });

  if (model.breuschPagan) {
    const expected = model.breuschPagan;
    Deno.test(`breuschPagan() matches lmtest::bptest (studentized) (${name})`, () => {
      const bp = breuschPagan(fit);
      assert.ok(bp !== null);
      assertClose(bp.statistic, expected.statistic, undefined, "BP");
      assert.equal(bp.df, expected.df);
      assertClose(bp.pValue, expected.pValue, undefined, "p");
    });
  }
}

Deno.test("breuschPagan() detects the heteroscedastic fixture at 5% and not the homoscedastic one", () => {
  // A sanity check of the fixtures themselves (the values are checked against R above).
  assert.ok(ref.models.heteroscedastic.breuschPagan!.pValue < 0.05);
  assert.ok(ref.models.main.breuschPagan!.pValue > 0.05);
});

Deno.test("breuschPagan() is null for an intercept-only model (bptest needs a regressor)", () => {
  const fit = ols(new Float64Array([1.2, 3.4, 2.2, 5.1, 0.7]), []);
  assert.equal(breuschPagan(fit), null);
});

Deno.test("influence() gives null rstudent and Cook's D for an observation with leverage 1", () => {
  const y = new Float64Array([2.3, 1.9, 3.1, 2.8, 4.0, 3.7, 5.2]);
  const x = new Float64Array([1, 2, 3, 4, 5, 6, 7]);
  const d = new Float64Array([0, 0, 0, 1, 0, 0, 0]);
  const inf = influence(ols(y, [{ name: "x", values: x }, { name: "d", values: d }]));
  assert.equal(inf.leverage[3], 1);
  assert.equal(inf.studentizedResiduals[3], null);
  assert.equal(inf.cooksDistance[3], null);
  assert.ok(inf.studentizedResiduals.every((v, i) => i === 3 || Number.isFinite(v)));
});

Deno.test("influence() gives null rstudent when n − p − 1 = 0 (nothing left after deletion)", () => {
  const inf = influence(
    ols(new Float64Array([1.5, 2.7, 2.9]), [{ name: "x", values: new Float64Array([1, 2, 3]) }]),
  );
  assert.ok(inf.studentizedResiduals.every((v) => v === null));
  assert.ok(inf.cooksDistance.every((v) => v !== null && Number.isFinite(v)));
});
