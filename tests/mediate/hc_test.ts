/**
 * mediate()'s `hc` option against R (tests/fixtures/mediate/hc_reference.R,
 * hc_reference.json): path rows with `sandwich::vcovHC` SEs, t tests and t intervals, and
 * the delta-method (Sobel) rows from the HC covariance of the paths; `hc` null leaves every
 * row as it was; seType "ml" with `hc` is refused.
 */
import assert from "node:assert/strict";
import { DataError } from "../../pipeline/errors.ts";
import { mediate, type MediationSpec } from "../../pipeline/mediate/mod.ts";
import { assertClose, FIXTURES, type Json, loadData, rowOf } from "./_helpers.ts";

const data = loadData();
const reference: Json = JSON.parse(
  Deno.readTextFileSync(new URL("hc_reference.json", FIXTURES)),
);
const KEYS = ["estimate", "stdError", "statistic", "pValue", "confLow", "confHigh"] as const;

function specOf(model: Json): MediationSpec {
  const s = model.spec;
  return { x: s.x, m: [s.m].flat(), y: s.y, covariates: [s.covariates].flat() };
}

for (const [name, model] of Object.entries(reference.models) as [string, Json][]) {
  for (const [type, expected] of Object.entries(model.types) as [string, Json][]) {
    Deno.test(`${name}, hc ${type}: path rows match vcovHC t tests and Sobel rows its delta method (1e-9)`, () => {
      const hc = type as "HC0" | "HC1" | "HC2" | "HC3" | "HC4";
      const result = mediate(data, specOf(model), { resamples: 100, hc });
      for (const [effect, row] of Object.entries(expected.paths) as [string, Json][]) {
        const actual = rowOf(result.effects, effect, `ols (${type})`);
        for (const key of KEYS) assertClose(actual[key], row[key], 1e-9, `${effect} ${key}`);
        assert.equal(actual.df, row.df);
        assert.equal(actual.note, null);
      }
      for (const [effect, row] of Object.entries(expected.sobel) as [string, Json][]) {
        const sobel = rowOf(result.effects, effect, "sobel (normal theory)");
        for (const key of KEYS) assertClose(sobel[key], row[key], 1e-9, `${effect} ${key}`);
        assert.equal(sobel.note, `${type} standard errors`);
        const percentile = rowOf(result.effects, effect, "percentile bootstrap");
        for (const key of ["stdError", "statistic", "pValue"] as const) {
          assertClose(percentile[key], row[key], 1e-9, `${effect} percentile-row ${key}`);
        }
      }
    });
  }
}

Deno.test("hc leaves the bootstrap intervals unchanged (they use no standard error)", () => {
  const spec = specOf(reference.models.parallel);
  const classical = mediate(data, spec, { resamples: 300 });
  const robust = mediate(data, spec, { resamples: 300, hc: "HC3" });
  for (const method of ["percentile bootstrap", "bc bootstrap", "bca bootstrap"]) {
    const pick = (rows: typeof classical.effects) =>
      rows.filter((r) => r.method === method).map((r) => [r.effect, r.confLow, r.confHigh]);
    assert.deepEqual(pick(robust.effects), pick(classical.effects), method);
  }
});

Deno.test("hc null (and absent) gives exactly the classical rows", () => {
  for (const model of Object.values(reference.models) as Json[]) {
    const spec = specOf(model);
    const absent = mediate(data, spec, { resamples: 200 });
    const explicit = mediate(data, spec, { resamples: 200, hc: null });
    const { draws: _a, ...plainAbsent } = absent;
    const { draws: _b, ...plainExplicit } = explicit;
    assert.deepEqual(plainExplicit, plainAbsent);
    assert.ok(absent.effects.every((r) => !r.method.startsWith("ols (")));
  }
});

Deno.test('seType "ml" with hc throws DataError (stage "options"); an unknown hc type too', () => {
  const spec = specOf(reference.models.simple);
  assert.throws(
    () => mediate(data, spec, { resamples: 10, seType: "ml", hc: "HC3" }),
    (e: unknown) =>
      e instanceof DataError && e.stage === "options" && /not supported/.test(e.message),
  );
  assert.throws(
    () => mediate(data, spec, { resamples: 10, hc: "HC5" as "HC3" }),
    (e: unknown) => e instanceof DataError && e.stage === "options",
  );
});

Deno.test("hc with a leverage-1 observation: HC3 throws DataError, HC0 is defined", () => {
  // A dummy covariate whose only 1 is fitted exactly by its own coefficient (leverage 1).
  const n = 20;
  const x = Float64Array.from({ length: n }, (_, i) => Math.sin(i + 1));
  const m = Float64Array.from({ length: n }, (_, i) => 0.5 * x[i] + Math.cos(3 * i));
  const y = Float64Array.from({ length: n }, (_, i) => 0.4 * m[i] + Math.sin(7 * i));
  const g = Float64Array.from({ length: n }, (_, i) => (i === 0 ? 1 : 0));
  const spec = { x: "x", m: ["m"], y: "y", covariates: ["g"] };
  assert.throws(
    () => mediate({ x, m, y, g }, spec, { resamples: 50, hc: "HC3" }),
    (e: unknown) => e instanceof DataError && e.stage === "mediate" && /leverage 1/.test(e.message),
  );
  const ok = mediate({ x, m, y, g }, spec, { resamples: 50, hc: "HC0" });
  assert.equal(rowOf(ok.effects, "a", "ols (HC0)").note, null);
});
