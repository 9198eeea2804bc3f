import assert from "node:assert/strict";
import { DataError } from "../../pipeline/errors.ts";
import { ols } from "../../pipeline/regress/ols.ts";
import {
  bootstrapCrossProducts,
  bootstrapIndices,
  buildPathModel,
  effectValue,
  fullSampleStatistics,
  jackknifeCrossProducts,
  type MediationSpec,
  type PathModel,
  pathStatistic,
} from "../../pipeline/mediate/mod.ts";
import { assertClose, loadData, loadReference, specOf } from "./_helpers.ts";

/**
 * The slow reference path: the effects of `model` on the rows `rows` of `data`, refitting
 * every equation with ols() (QR) on the materialised resample; null when a fit is degenerate.
 */
function slowEffects(
  model: PathModel,
  spec: MediationSpec,
  data: Record<string, Float64Array>,
  rows: ArrayLike<number>,
): number[] | null {
  const take = (name: string) => Float64Array.from(rows, (i) => data[name][i]);
  const d = Object.fromEntries(model.names.map((name) => [name, take(name)]));
  const cols = (names: string[]) =>
    [...names, ...spec.covariates].map((name) => ({
      name,
      values: d[name],
    }));
  const coef = (fit: ReturnType<typeof ols>, term: string) =>
    fit.coefficients[fit.terms.indexOf(term)];
  const sd = (v: Float64Array) => {
    const mean = v.reduce((s, x) => s + x, 0) / v.length;
    return Math.sqrt(v.reduce((s, x) => s + (x - mean) ** 2, 0) / (v.length - 1));
  };
  const theta = new Float64Array(model.nTheta);
  try {
    spec.m.forEach((m, j) => {
      const serialSecond = model.kind === "serial" && j === 1;
      const fit = ols(d[m], cols(serialSecond ? [spec.x, spec.m[0]] : [spec.x]));
      theta[model.thetaA + j] = coef(fit, spec.x);
      if (serialSecond) theta[model.thetaD21] = coef(fit, spec.m[0]);
    });
    const yFit = ols(d[spec.y], cols([spec.x, ...spec.m]));
    spec.m.forEach((m, j) => theta[model.thetaB + j] = coef(yFit, m));
    theta[model.thetaCp] = coef(yFit, spec.x);
    theta[model.thetaC] = coef(ols(d[spec.y], cols([spec.x])), spec.x);
  } catch (error) {
    if (error instanceof DataError) return null;
    throw error;
  }
  theta[model.thetaSdX] = sd(d[spec.x]);
  theta[model.thetaSdY] = sd(d[spec.y]);
  return model.effects.map((e) => effectValue(model, e, theta));
}

const data = loadData();
const reference = loadReference();

for (const name of ["simple", "adjusted", "parallel", "serial"]) {
  Deno.test(`bootstrap engine equals refitting each materialised resample with ols() (${name} model)`, () => {
    const spec = specOf(reference.models[name]);
    const model = buildPathModel(spec);
    const columns = model.names.map((column) => data[column]);
    const resamples = 300, seed = 4242;
    const run = bootstrapCrossProducts(columns, pathStatistic(model, columns), resamples, seed);
    assert.equal(run.used, resamples);
    let r = 0;
    for (const indices of bootstrapIndices(72, resamples, seed)) {
      const expected = slowEffects(model, spec, data, indices)!;
      expected.forEach((value, s) => {
        assertClose(run.draws[s][r], value, 1e-10, `${model.effects[s].name}, resample ${r}`);
      });
      r++;
    }
  });
}

Deno.test("jackknifeCrossProducts() equals leave-one-out ols() fits, and fullSampleStatistics() the full fit", () => {
  for (const name of ["adjusted", "parallel", "serial"]) {
    const spec = specOf(reference.models[name]);
    const model = buildPathModel(spec);
    const columns = model.names.map((column) => data[column]);
    const statistic = pathStatistic(model, columns);
    const all = Array.from({ length: 72 }, (_, i) => i);
    const full = fullSampleStatistics(columns, statistic)!;
    slowEffects(model, spec, data, all)!.forEach((value, s) => {
      assertClose(full[s], value, 1e-12, `${name} full sample, ${model.effects[s].name}`);
    });
    const jack = jackknifeCrossProducts(columns, statistic);
    for (let i = 0; i < 72; i++) {
      assert.equal(jack.ok[i], 1);
      const expected = slowEffects(model, spec, data, all.filter((j) => j !== i))!;
      expected.forEach((value, s) => {
        assertClose(jack.values[s][i], value, 1e-10, `${name} without row ${i}, effect ${s}`);
      });
    }
  }
});

Deno.test("degenerate resamples are dropped, not redrawn: the others keep their indices (rare binary x)", () => {
  // n = 16, x = 1 in two rows: about 1 resample in 9 has no x = 1 (zero variance in x).
  const n = 16;
  const x = Float64Array.from({ length: n }, (_, i) => (i === 3 || i === 11 ? 1 : 0));
  const m = Float64Array.from({ length: n }, (_, i) => 2 + 0.8 * x[i] + Math.sin(i * 1.7));
  const y = Float64Array.from({ length: n }, (_, i) => 1 + 0.5 * m[i] + Math.cos(i * 2.3));
  const d = { x, m, y };
  const spec = { x: "x", m: ["m"], y: "y", covariates: [] };
  const model = buildPathModel(spec);
  const columns = [x, m, y];
  const resamples = 500, seed = 8;
  const run = bootstrapCrossProducts(columns, pathStatistic(model, columns), resamples, seed);
  const expected: number[][] = [];
  for (const indices of bootstrapIndices(n, resamples, seed)) {
    const values = slowEffects(model, spec, d, indices);
    if (values !== null) expected.push(values);
  }
  assert.ok(resamples - expected.length > 20, "the dataset must produce degenerate resamples");
  assert.equal(run.failed, resamples - expected.length);
  assert.equal(run.used, expected.length);
  expected.forEach((values, u) => {
    values.forEach((value, s) => assertClose(run.draws[s][u], value, 1e-10, `used ${u}, ${s}`));
  });
});
