/**
 * mediate() against R (tests/fixtures/mediate/reference.R, reference.json): lm() paths,
 * lavaan's ML standard errors and Sobel rows, boot.ci() on our own resamples, and large-B
 * bootstrap and Monte Carlo intervals of R's own generator.
 */
import assert from "node:assert/strict";
import {
  bootstrapIndices,
  buildPathModel,
  fullSampleStatistics,
  jackknifeAcceleration,
  jackknifeCrossProducts,
  mediate,
  pathStatistic,
} from "../../pipeline/mediate/mod.ts";
import { assertClose, FIXTURES, loadData, loadReference, rowOf, specOf } from "./_helpers.ts";

const data = loadData();
const reference = loadReference();
const models = Object.keys(reference.models);
const KEYS = ["estimate", "stdError", "statistic", "pValue", "confLow", "confHigh"] as const;

Deno.test("the committed index file is exactly bootstrapIndices(72, 2000, 20140801)", () => {
  const text = Deno.readTextFileSync(new URL(reference.meta.indexFile, FIXTURES));
  const lines = text.trimEnd().split("\n");
  assert.equal(lines.length, 2000);
  let r = 0;
  for (const indices of bootstrapIndices(72, 2000, 20140801)) {
    assert.equal(lines[r], indices.join(" "), `resample ${r}`);
    r++;
  }
});

for (const name of models) {
  const model = reference.models[name];
  const spec = specOf(model);

  Deno.test(`${name}: path rows match lm() and confint() (1e-9)`, () => {
    const result = mediate(data, spec, { resamples: 200 });
    for (
      const [effect, expected] of Object.entries(model.lm) as [string, Record<string, number>][]
    ) {
      const row = rowOf(result.effects, effect, "ols");
      for (const key of KEYS) assertClose(row[key], expected[key], 1e-9, `${effect} ${key}`);
      assert.equal(row.df, expected.df);
    }
  });

  Deno.test(`${name}: seType "ml" paths and Sobel (delta) rows match lavaan (1e-9)`, () => {
    const result = mediate(data, spec, { resamples: 200, seType: "ml" });
    for (
      const [effect, expected] of Object.entries(model.lavaan) as [string, Record<string, number>][]
    ) {
      const isPath = model.lm[effect] !== undefined;
      const row = rowOf(result.effects, effect, isPath ? "ml" : "sobel (normal theory)");
      for (const key of KEYS) assertClose(row[key], expected[key], 1e-9, `${effect} ${key}`);
      if (!isPath) {
        // The percentile row carries the same delta-method SE, z and p.
        const percentile = rowOf(result.effects, effect, "percentile bootstrap");
        for (const key of ["stdError", "statistic", "pValue"] as const) {
          assertClose(percentile[key], expected[key], 1e-9, `${effect} percentile-row ${key}`);
        }
      }
    }
  });

  Deno.test(`${name}: percentile, BC and BCa bounds on our 2000 resamples equal boot.ci's (1e-12)`, () => {
    const result = mediate(data, spec, { resamples: 2000, seed: 20140801 });
    assert.equal(result.resamplesUsed, 2000);
    for (const expected of model.boot) {
      const check = (method: string, bounds: number[]) => {
        const row = rowOf(result.effects, expected.effect, method);
        // Relative to the interval's width where a bound is near 0 (it is an interpolation
        // between two order statistics, whose relative error is what is compared).
        const width = bounds[1] - bounds[0];
        assertClose(row.confLow, bounds[0], 1e-12, `${expected.effect} ${method} low`, width);
        assertClose(row.confHigh, bounds[1], 1e-12, `${expected.effect} ${method} high`, width);
      };
      assertClose(
        rowOf(result.effects, expected.effect, "percentile bootstrap").estimate,
        expected.t0,
        1e-9,
        `${expected.effect} estimate`,
      );
      check("percentile bootstrap", expected.percentile);
      if (expected.primary) {
        check("bc bootstrap", expected.bc);
        check("bca bootstrap", expected.bca);
      }
    }
  });

  Deno.test(`${name}: jackknife acceleration equals boot's sum(L^3)/(6 sum(L^2)^1.5) (1e-9)`, () => {
    const pathModel = buildPathModel(spec);
    const columns = pathModel.names.map((column) => data[column]);
    const statistic = pathStatistic(pathModel, columns);
    const full = fullSampleStatistics(columns, statistic)!;
    const jack = jackknifeCrossProducts(columns, statistic);
    for (const expected of model.boot.filter((e: { primary: boolean }) => e.primary)) {
      const s = pathModel.effects.findIndex((e) => e.name === expected.effect);
      const a = jackknifeAcceleration(full[s], jack.values[s]);
      assertClose(a, expected.acceleration, 1e-9, `${expected.effect} acceleration`);
    }
  });
}

Deno.test("default 10,000-resample percentile interval agrees with R's 100,000-resample boot() within Monte Carlo error", () => {
  // Ours and R's use different resamples, so they agree only up to Monte Carlo error. The SE
  // of a bound estimated from B resamples is sqrt(p(1−p)/B)/f(q_p) (R: kernel density at the
  // bound). Tolerance: 4 SEs of the difference, sqrt(se_10000² + se_100000²); a fixed seed
  // makes the check deterministic, and a wrong definition (e.g. a 90% level, or the draws of
  // another statistic) would miss by many SEs.
  const big = reference.largeBootstrap;
  const result = mediate(data, specOf(reference.models.simple));
  assert.equal(result.resamples, 10000);
  const row = rowOf(result.effects, "indirect", "percentile bootstrap");
  [row.confLow!, row.confHigh!].forEach((bound, k) => {
    const tolerance = 4 * Math.hypot(big.seAt10000[k], big.seAt100000[k]);
    const diff = Math.abs(bound - big.percentile[k]);
    assert.ok(diff <= tolerance, `bound ${k}: |${bound} − ${big.percentile[k]}| > ${tolerance}`);
  });
});

Deno.test("Monte Carlo interval (10,000 draws) agrees with R's 1,000,000-draw interval within Monte Carlo error", () => {
  // Same reasoning as the bootstrap check above: 4 SEs of the difference.
  const mc = reference.monteCarlo;
  const result = mediate(data, specOf(reference.models.simple), { resamples: 200 });
  const row = rowOf(result.effects, "indirect", "monte carlo");
  [row.confLow!, row.confHigh!].forEach((bound, k) => {
    const tolerance = 4 * Math.hypot(mc.seAt10000[k], mc.seAt1000000[k]);
    const diff = Math.abs(bound - mc.percentile[k]);
    assert.ok(diff <= tolerance, `bound ${k}: |${bound} − ${mc.percentile[k]}| > ${tolerance}`);
  });
});
