import assert from "node:assert/strict";
import { ols } from "../../pipeline/regress/ols.ts";
import { HC_TYPES, hcCovariance } from "../../pipeline/regress/hc.ts";
import { assertCovarianceClose, modelColumns, readCsv, readReference } from "./_helpers.ts";

const ref = readReference();
const input = readCsv("input.csv");
const missing = readCsv("missing.csv");

for (const [name, model] of Object.entries(ref.models)) {
  const { y, columns } = modelColumns(name === "missing" ? missing : input, model);
  const fit = ols(y, columns, { intercept: model.intercept });
  for (const type of HC_TYPES) {
    Deno.test(`hcCovariance(fit, "${type}") matches sandwich::vcovHC(type = "${type}") (${name})`, () => {
      const v = hcCovariance(fit, type);
      assert.ok(v !== null);
      assertCovarianceClose(v, model.hc[type].covariance, undefined, type);
    });
  }
}

Deno.test("hcCovariance() is null for HC2-HC4 and defined for HC0/HC1 when a leverage is 1", () => {
  // The dummy d is 1 in one row only: that row is fitted exactly (h = 1).
  const y = new Float64Array([2.3, 1.9, 3.1, 2.8, 4.0, 3.7, 5.2]);
  const x = new Float64Array([1, 2, 3, 4, 5, 6, 7]);
  const d = new Float64Array([0, 0, 0, 1, 0, 0, 0]);
  const fit = ols(y, [{ name: "x", values: x }, { name: "d", values: d }]);
  assert.equal(fit.hat[3], 1);
  assert.equal(hcCovariance(fit, "HC2"), null);
  assert.equal(hcCovariance(fit, "HC3"), null);
  assert.equal(hcCovariance(fit, "HC4"), null);
  for (const type of ["HC0", "HC1"] as const) {
    const v = hcCovariance(fit, type);
    assert.ok(v !== null && v.every(Number.isFinite));
  }
});
