import assert from "node:assert/strict";
import { createRng } from "../../pipeline/random/mod.ts";
import {
  type EffectRow,
  mediate,
  MEDIATE_DEFAULTS,
  monteCarloSeed,
  percentileInterval,
  sortFloat64,
} from "../../pipeline/mediate/mod.ts";
import { assertClose, loadData, loadReference, rowOf, specOf } from "./_helpers.ts";

const data = loadData();
const reference = loadReference();
const ROW_KEYS = [
  "confHigh",
  "confLow",
  "df",
  "effect",
  "estimate",
  "method",
  "note",
  "pValue",
  "statistic",
  "stdError",
  "unstable",
];

function assertPlainRows(rows: EffectRow[]): void {
  for (const row of rows) {
    assert.deepEqual(Object.keys(row).sort(), ROW_KEYS, `keys of ${row.effect} / ${row.method}`);
    for (const [key, value] of Object.entries(row)) {
      if (typeof value === "number") {
        assert.ok(Number.isFinite(value), `${row.effect} / ${row.method}: ${key} = ${value}`);
      }
    }
  }
}

Deno.test("defaults: 95%, 10,000 resamples and Monte Carlo draws, seed 20140801, lm SEs", () => {
  assert.deepEqual({ ...MEDIATE_DEFAULTS }, {
    confLevel: 0.95,
    resamples: 10000,
    seed: 20140801,
    monteCarloDraws: 10000,
    seType: "ols",
  });
  const result = mediate(data, specOf(reference.models.simple));
  assert.equal(result.resamples, 10000);
  assert.equal(result.seed, 20140801);
  assert.equal(result.monteCarloDraws, 10000);
  assert.equal(result.confLevel, 0.95);
  assert.equal(result.seType, "ols");
});

Deno.test("one mediator: the documented rows, in order, every key present, no NaN or Infinity", () => {
  const result = mediate(data, specOf(reference.models.simple), { resamples: 500 });
  assert.deepEqual(result.effects.map((r) => `${r.effect} | ${r.method}`), [
    "a | ols",
    "b | ols",
    "total | ols",
    "direct | ols",
    "indirect | percentile bootstrap",
    "indirect | bc bootstrap",
    "indirect | bca bootstrap",
    "indirect | monte carlo",
    "indirect | sobel (normal theory)",
    "indirect:partially-standardized | percentile bootstrap",
    "indirect:completely-standardized | percentile bootstrap",
    "proportion-mediated | percentile bootstrap",
  ]);
  assertPlainRows(result.effects);
  const { draws: _, ...plain } = result;
  assert.deepEqual(JSON.parse(JSON.stringify(plain)), plain, "JSON round trip without draws");
});

Deno.test("parallel and serial mediators: the documented effects", () => {
  const parallel = mediate(data, specOf(reference.models.parallel), { resamples: 300 });
  const names = (rows: EffectRow[], method: string) =>
    rows.filter((r) => r.method === method).map((r) => r.effect);
  assert.deepEqual(names(parallel.effects, "ols"), [
    "a:wai_goal",
    "a:wai_task",
    "a:wai_bond",
    "b:wai_goal",
    "b:wai_task",
    "b:wai_bond",
    "total",
    "direct",
  ]);
  assert.deepEqual(names(parallel.effects, "bca bootstrap"), [
    "indirect:wai_goal",
    "indirect:wai_task",
    "indirect:wai_bond",
    "indirect:total",
    "contrast:wai_goal-wai_task",
    "contrast:wai_goal-wai_bond",
    "contrast:wai_task-wai_bond",
  ]);
  assert.deepEqual(names(parallel.effects, "monte carlo"), []);
  assertPlainRows(parallel.effects);
  const serial = mediate(data, specOf(reference.models.serial), { resamples: 300 });
  assert.equal(serial.serial, true);
  assert.deepEqual(names(serial.effects, "ols"), [
    "a:wai_goal",
    "a:wai_bond",
    "d:wai_goal->wai_bond",
    "b:wai_goal",
    "b:wai_bond",
    "total",
    "direct",
  ]);
  assert.deepEqual(names(serial.effects, "sobel (normal theory)"), [
    "indirect:wai_goal",
    "indirect:wai_goal->wai_bond",
    "indirect:wai_bond",
    "indirect:total",
  ]);
  assertPlainRows(serial.effects);
});

Deno.test("effects are the documented functions of the paths (total indirect = sum; proportion = ab / c)", () => {
  const r = mediate(data, specOf(reference.models.parallel), { resamples: 100 });
  const est = (effect: string) => rowOf(r.effects, effect, "percentile bootstrap").estimate!;
  const path = (effect: string) => rowOf(r.effects, effect, "ols").estimate!;
  let total = 0;
  for (const m of ["wai_goal", "wai_task", "wai_bond"]) {
    assertClose(est(`indirect:${m}`), path(`a:${m}`) * path(`b:${m}`), 1e-14, m);
    total += est(`indirect:${m}`);
  }
  assertClose(est("indirect:total"), total, 1e-14, "total indirect");
  assertClose(
    est("contrast:wai_goal-wai_bond"),
    est("indirect:wai_goal") - est("indirect:wai_bond"),
    1e-14,
    "contrast",
  );
  assertClose(est("proportion-mediated"), total / path("total"), 1e-14, "proportion");
  // With covariates, c = c′ + Σ a_j b_j holds exactly for OLS.
  assertClose(path("total"), path("direct") + total, 1e-12, "c = c′ + ab");
});

Deno.test("same seed gives identical draws and rows bit for bit; another seed gives other draws", () => {
  const spec = specOf(reference.models.adjusted);
  const a = mediate(data, spec, { resamples: 1000, seed: 77 });
  const b = mediate(data, spec, { resamples: 1000, seed: 77 });
  const c = mediate(data, spec, { resamples: 1000, seed: 78 });
  assert.deepEqual(a.draws.indirect, b.draws.indirect);
  assert.deepEqual(a.effects, b.effects);
  assert.notDeepEqual(a.draws.indirect, c.draws.indirect);
  assert.equal(a.draws.indirect.length, a.resamplesUsed);
});

Deno.test("Monte Carlo draws are createRng(monteCarloSeed(seed)).nextNormal(): a's, then b's", () => {
  const r = mediate(data, specOf(reference.models.simple), {
    resamples: 100,
    monteCarloDraws: 3000,
  });
  const a = rowOf(r.effects, "a", "ols"), b = rowOf(r.effects, "b", "ols");
  assert.equal(r.monteCarloSeed, (20140801 ^ 0x9e3779b9) >>> 0);
  assert.equal(r.monteCarloSeed, monteCarloSeed(r.seed));
  const rng = createRng(r.monteCarloSeed);
  const draws = Float64Array.from({ length: 3000 }, () => {
    const ai = a.estimate! + a.stdError! * rng.nextNormal();
    return ai * (b.estimate! + b.stdError! * rng.nextNormal());
  });
  const expected = percentileInterval(sortFloat64(draws), 0.95);
  const row = rowOf(r.effects, "indirect", "monte carlo");
  assert.equal(row.confLow, expected.confLow);
  assert.equal(row.confHigh, expected.confHigh);
});

Deno.test('seType "ml": same estimates, SEs × √((n − p)/n), z tests, no df', () => {
  const spec = specOf(reference.models.adjusted);
  const ols = mediate(data, spec, { resamples: 100 });
  const ml = mediate(data, spec, { resamples: 100, seType: "ml" });
  const p = { a: 4, b: 5, total: 4, direct: 5 } as Record<string, number>;
  for (const effect of Object.keys(p)) {
    const o = rowOf(ols.effects, effect, "ols"), m = rowOf(ml.effects, effect, "ml");
    assert.equal(m.estimate, o.estimate);
    assertClose(m.stdError, o.stdError! * Math.sqrt((72 - p[effect]) / 72), 1e-14, effect);
    assert.equal(m.df, null);
    assert.equal(o.df, 72 - p[effect]);
  }
  // Bootstrap intervals do not depend on the SE type.
  assert.deepEqual(
    rowOf(ml.effects, "indirect", "bca bootstrap"),
    rowOf(ols.effects, "indirect", "bca bootstrap"),
  );
});

Deno.test("proportion mediated is flagged unstable exactly when the interval of c includes 0", () => {
  const spec = specOf(reference.models.simple);
  const weak = mediate(data, spec, { resamples: 200 });
  const total = rowOf(weak.effects, "total", "ols");
  assert.ok(total.confLow! < 0 && total.confHigh! > 0);
  assert.equal(rowOf(weak.effects, "proportion-mediated").unstable, true);
  // The same data with a strong direct effect added to y: c is far from 0.
  const strong = { ...data, ras: data.ras.map((v, i) => v + 1.5 * data.rprs[i]) };
  const r = mediate(strong, spec, { resamples: 200 });
  assert.ok(rowOf(r.effects, "total", "ols").confLow! > 0);
  assert.equal(rowOf(r.effects, "proportion-mediated").unstable, false);
  assert.ok(
    r.effects.filter((e) => e.effect !== "proportion-mediated").every((e) => e.unstable === null),
  );
});

Deno.test("listwise deletion: rows with a missing value are dropped and listed; the rest is unchanged", () => {
  const spec = specOf(reference.models.adjusted);
  const withMissing: Record<string, Float64Array> = {};
  // Insert three incomplete rows (missing x, m, covariate) at positions 0, 10 and the end.
  const insert = (column: Float64Array, name: string) => {
    const values = Array.from(column);
    values.splice(0, 0, name === "rprs" ? NaN : 1);
    values.splice(10, 0, name === "wai" ? NaN : 2);
    values.push(name === "age" ? NaN : 3);
    return Float64Array.from(values);
  };
  for (const [name, column] of Object.entries(data)) withMissing[name] = insert(column, name);
  const full = mediate(data, spec, { resamples: 300 });
  const dropped = mediate(withMissing, spec, { resamples: 300 });
  assert.deepEqual(dropped.droppedRows, [0, 10, 74]);
  assert.equal(dropped.nobs, 72);
  assert.deepEqual(dropped.effects, full.effects);
  assert.deepEqual(full.droppedRows, []);
});
