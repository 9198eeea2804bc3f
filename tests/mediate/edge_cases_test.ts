import assert from "node:assert/strict";
import { DataError } from "../../pipeline/errors.ts";
import { mediate } from "../../pipeline/mediate/mod.ts";
import { loadData, loadReference, rowOf, specOf } from "./_helpers.ts";

const data = loadData();
const simple = specOf(loadReference().models.simple);
const spec = { x: "x", m: ["m"], y: "y", covariates: [] };

/** x with `ones` rows equal to 1 among n, a mediator and an outcome that depend on it. */
function rareBinary(n: number, ones: number[]): Record<string, Float64Array> {
  const x = Float64Array.from({ length: n }, (_, i) => (ones.includes(i) ? 1 : 0));
  const m = Float64Array.from({ length: n }, (_, i) => 2 + 0.8 * x[i] + Math.sin(i * 1.7));
  const y = Float64Array.from({ length: n }, (_, i) => 1 + 0.5 * m[i] + Math.cos(i * 2.3));
  return { x, m, y };
}

function assertDataError(fn: () => unknown, stage: string, pattern: RegExp, column?: string) {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof DataError, `expected DataError, got ${error}`);
    assert.equal(error.stage, stage);
    assert.match(error.message, pattern);
    if (column !== undefined) assert.equal(error.column, column);
    return true;
  });
}

Deno.test("n < 4 complete rows: DataError (3 complete of 5)", () => {
  const d = {
    x: new Float64Array([1, 2, 3, NaN, 5]),
    m: new Float64Array([2, 1, 4, 3, NaN]),
    y: new Float64Array([1, 3, 2, 5, 4]),
  };
  assertDataError(() => mediate(d, spec), "mediate", /3 of 5 rows are complete/);
});

Deno.test("all rows missing: DataError", () => {
  const d = { x: new Float64Array(6).fill(NaN), m: new Float64Array(6), y: new Float64Array(6) };
  assertDataError(() => mediate(d, spec), "mediate", /0 of 6 rows are complete/);
});

Deno.test("constant mediator: DataError naming the column", () => {
  const d = { ...data, wai: new Float64Array(72).fill(5) };
  assertDataError(() => mediate(d, simple), "mediate", /same value \(5\) in every/, "wai");
});

Deno.test("collinear predictors (a covariate equal to 2·x): DataError from the mediate stage", () => {
  const d = { ...data, copy: data.rprs.map((v) => 2 * v) };
  assertDataError(
    () => mediate(d, { ...simple, covariates: ["copy"] }),
    "mediate",
    /collinearity/,
  );
});

Deno.test("specification errors: missing column, a column in two roles, serial without two mediators", () => {
  assertDataError(
    () => mediate(data, { ...simple, m: ["nope"] }),
    "mediate",
    /not in the data/,
    "nope",
  );
  assertDataError(() => mediate(data, { ...simple, covariates: ["wai"] }), "mediate", /two roles/);
  assertDataError(
    () => mediate(data, { ...simple, m: ["wai_goal", "wai_task", "wai_bond"], serial: true }),
    "mediate",
    /exactly two mediators/,
  );
  assertDataError(() => mediate(data, { ...simple, m: [] }), "mediate", /no mediator/);
});

Deno.test("invalid options: DataError of stage options", () => {
  for (
    const options of [
      { confLevel: 1 },
      { confLevel: 0 },
      { resamples: 0 },
      { resamples: 10.5 },
      { seed: -1 },
      { seed: 2 ** 32 },
      { monteCarloDraws: 0 },
      { seType: "robust" as "ml" },
    ]
  ) {
    assertDataError(() => mediate(data, simple, options), "options", /invalid/);
  }
});

Deno.test("x binary with a rare level: degenerate resamples counted in resamplesFailed, intervals finite", () => {
  const d = rareBinary(16, [3, 11]);
  const r = mediate(d, spec, { resamples: 2000, seed: 5 });
  // P(a resample has no x = 1) = 2(15/16)^16 − (14/16)^16 ≈ 0.12.
  assert.ok(r.resamplesFailed > 150 && r.resamplesFailed < 350, `${r.resamplesFailed} failed`);
  assert.equal(r.resamplesUsed + r.resamplesFailed, 2000);
  assert.equal(r.draws.indirect.length, r.resamplesUsed);
  for (const method of ["percentile bootstrap", "bc bootstrap", "bca bootstrap", "monte carlo"]) {
    const row = rowOf(r.effects, "indirect", method);
    assert.ok(Number.isFinite(row.confLow) && Number.isFinite(row.confHigh), method);
    assert.ok(row.confLow! < row.confHigh!, method);
  }
});

Deno.test("x = 1 in one row only: BCa null (leaving that row out is degenerate), the rest finite", () => {
  const d = rareBinary(20, [7]);
  const r = mediate(d, spec, { resamples: 1000, seed: 2 });
  // P(the row is not drawn) = (19/20)^20 ≈ 0.36 < 1/2.
  assert.ok(r.resamplesFailed > 300 && r.resamplesFailed < 420, `${r.resamplesFailed} failed`);
  const bca = rowOf(r.effects, "indirect", "bca bootstrap");
  assert.equal(bca.confLow, null);
  assert.equal(bca.confHigh, null);
  assert.match(bca.note!, /acceleration undefined/);
  assert.ok(Number.isFinite(rowOf(r.effects, "indirect", "percentile bootstrap").confLow));
});

Deno.test("fewer than half of the resamples usable: DataError", () => {
  // x = 1 only in row 2 and m = 1 only in row 9: a resample is usable only if it draws both
  // rows, probability ≈ 1 − 2(19/20)^20 + (18/20)^20 ≈ 0.41.
  const d = rareBinary(20, [2]);
  d.m = Float64Array.from({ length: 20 }, (_, i) => (i === 9 ? 1 : 0));
  assertDataError(() => mediate(d, spec, { resamples: 1000 }), "mediate", /resamples could be/);
});

Deno.test("fewer resamples than observations: BCa null with the reason, other intervals present", () => {
  const r = mediate(data, simple, { resamples: 50 });
  const bca = rowOf(r.effects, "indirect", "bca bootstrap");
  assert.equal(bca.confLow, null);
  assert.equal(bca.confHigh, null);
  assert.match(bca.note!, /at least as many resamples as observations \(50 < n = 72\)/);
  assert.ok(Number.isFinite(rowOf(r.effects, "indirect", "bc bootstrap").confLow));
});

Deno.test("very few resamples: bounds are extreme order statistics, and the row says so", () => {
  const r = mediate(data, simple, { resamples: 20 });
  const row = rowOf(r.effects, "indirect", "percentile bootstrap");
  const draws = Array.from(r.draws.indirect);
  assert.equal(row.confLow, Math.min(...draws));
  assert.equal(row.confHigh, Math.max(...draws));
  assert.match(row.note!, /extreme order statistics/);
});
