/**
 * The fast bootstrap engine (integer Lemire draws, byte counts, blocked two-loop pass,
 * unrolled simple-model statistic, a draw worker) gives the same bits as the engine written
 * the simple way (`_simple_engine.ts`).
 */
import assert from "node:assert/strict";
import {
  bootstrapCrossProducts,
  buildPathModel,
  IndexStream,
  mediate,
  type MediationSpec,
  pathStatistic,
  WeightedCrossProducts,
} from "../../pipeline/mediate/mod.ts";
import { createRng } from "../../pipeline/random/mod.ts";
import { loadData } from "../mediate/_helpers.ts";
import {
  centred,
  shiftedColumns,
  simpleBootstrap,
  simpleEffects,
  simpleSums,
} from "./_simple_engine.ts";

const fixture = loadData();

const SPECS: Record<string, MediationSpec> = {
  simple: { x: "rprs", m: ["wai"], y: "ras", covariates: [] },
  adjusted: { x: "rprs", m: ["wai"], y: "ras", covariates: ["age", "female"] },
  parallel: { x: "rprs", m: ["wai_goal", "wai_task", "wai_bond"], y: "ras", covariates: [] },
  serial: { x: "rprs", m: ["wai_goal", "wai_bond"], y: "ras", covariates: [], serial: true },
};

/** Bit-for-bit equality of two runs (Object.is: −0 and +0 differ). */
function assertSameDraws(
  fast: { draws: Float64Array[]; used: number },
  simple: { draws: Float64Array[]; used: number },
  what: string,
) {
  assert.equal(fast.used, simple.used, `${what}: resamples used`);
  fast.draws.forEach((draws, s) => {
    for (let u = 0; u < fast.used; u++) {
      if (!Object.is(draws[u], simple.draws[s][u])) {
        assert.fail(`${what}: effect ${s}, draw ${u}: ${draws[u]} != ${simple.draws[s][u]}`);
      }
    }
  });
}

function columnsOf(data: Record<string, Float64Array>, spec: MediationSpec) {
  return buildPathModel(spec).names.map((name) => data[name]);
}

for (const [name, spec] of Object.entries(SPECS)) {
  Deno.test(`the engine's draws equal the simple engine's bit for bit (${name} model, N = 72)`, () => {
    const columns = columnsOf(fixture, spec);
    const statistic = pathStatistic(buildPathModel(spec), columns);
    for (const seed of [1, 20140801]) {
      const fast = bootstrapCrossProducts(columns, statistic, 500, seed, { parallel: "never" });
      assertSameDraws(fast, simpleBootstrap(spec, columns, 500, seed), `${name}, seed ${seed}`);
    }
  });
}

Deno.test("the engine equals the simple engine on tied integer data with degenerate resamples", () => {
  // Few distinct values: many resamples lose all variance in c and are dropped; exact zeros.
  const n = 12;
  const data = {
    x: Float64Array.from({ length: n }, (_, i) => i % 3),
    m: Float64Array.from({ length: n }, (_, i) => (i * 7) % 5),
    y: Float64Array.from({ length: n }, (_, i) => (i * 11) % 4),
    c: Float64Array.from({ length: n }, (_, i) => (i % 5 === 0 ? 1 : 0)),
  };
  for (
    const spec of [
      { x: "x", m: ["m"], y: "y", covariates: [] },
      { x: "x", m: ["m"], y: "y", covariates: ["c"] },
    ]
  ) {
    const columns = columnsOf(data, spec);
    const statistic = pathStatistic(buildPathModel(spec), columns);
    const fast = bootstrapCrossProducts(columns, statistic, 3000, 5, { parallel: "never" });
    const simple = simpleBootstrap(spec, columns, 3000, 5);
    assert.ok(simple.failed > 0, "some resamples are degenerate");
    assertSameDraws(fast, simple, `covariates ${spec.covariates.join()}`);
  }
});

Deno.test("the draw worker's results equal the single-threaded engine's (counts and indices modes)", () => {
  const rng = createRng(17);
  const n = 40_000;
  const column = () => Float64Array.from({ length: n }, () => rng.nextNormal());
  const data = { x: column(), m: column(), y: column(), c: column(), d: column() };
  // Three variables: the worker sends indices; five: byte counts.
  for (
    const spec of [
      { x: "x", m: ["m"], y: "y", covariates: [] },
      { x: "x", m: ["m", "c", "d"], y: "y", covariates: [] },
    ]
  ) {
    const columns = columnsOf(data, spec);
    const statistic = pathStatistic(buildPathModel(spec), columns);
    const single = bootstrapCrossProducts(columns, statistic, 40, 3, { parallel: "never" });
    const parallel = bootstrapCrossProducts(columns, statistic, 40, 3, { parallel: "always" });
    assertSameDraws(parallel, single, `${columns.length} variables`);
  }
});

Deno.test("the weighted pass equals the simple sums, overflow entries included (3 and 6 columns)", () => {
  const rng = createRng(8);
  for (const p of [3, 6]) {
    const n = 5000;
    const columns = Array.from(
      { length: p },
      () => Float64Array.from({ length: n }, () => rng.nextNormal() * 10 + 3),
    );
    const counts = Uint8Array.from({ length: n }, () => rng.nextIndex(4));
    const overflow = [7, 4999, 7, 0];
    const acc = new WeightedCrossProducts(columns);
    const expected = simpleSums(shiftedColumns(columns), counts, overflow);
    const copy = counts.slice();
    acc.accumulate(copy, overflow);
    assert.ok(copy.every((v) => v === 0), "the pass resets the counts");
    assert.deepEqual(Array.from(acc.sums), Array.from(expected.sums), `sums, p ${p}`);
    assert.deepEqual(Array.from(acc.cross), Array.from(expected.cross), `cross, p ${p}`);
  }
});

Deno.test("the unrolled simple-model statistic equals the generic sweep, degenerate matrices included", () => {
  const spec = SPECS.simple;
  const columns = columnsOf(fixture, spec);
  const statistic = pathStatistic(buildPathModel(spec), columns);
  const rng = createRng(99);
  const out = new Float64Array(statistic.size);
  const matrices: Float64Array[] = [];
  for (let k = 0; k < 300; k++) {
    // Random symmetric matrices from random weights; then hand-made degenerate ones.
    const w = Uint8Array.from({ length: 72 }, () => rng.nextIndex(3));
    const { sums, cross } = simpleSums(shiftedColumns(columns), w, []);
    matrices.push(centred(sums, cross, 72));
  }
  matrices.push(
    new Float64Array([4, 0, 2, 0, 3, 1, 2, 1, 5]), // c_xm = 0: the sweep's f = 0 branch
    new Float64Array([0, 0, 0, 0, 3, 1, 0, 1, 5]), // X without variance
    new Float64Array([4, 2, 1, 2, 1, 0.5, 1, 0.5, 2]), // M collinear with X
    new Float64Array([4, 2, 0, 2, 3, 0, 0, 0, 5]), // c = 0: proportion undefined
  );
  for (const [k, c] of matrices.entries()) {
    const ok = statistic.compute(c, 72, out);
    const expected = simpleEffects(spec, columns, c, 72);
    const finite = ok && out.every(Number.isFinite);
    assert.equal(finite, expected !== null, `matrix ${k}: defined`);
    if (expected !== null) {
      expected.forEach((v, s) => assert.ok(Object.is(out[s], v), `matrix ${k}, effect ${s}`));
    }
  }
});

Deno.test("countInto and indicesInto give createRng().nextIndex(n)'s stream at the fast paths' edges", () => {
  // 32,767: last n of the integer path (its Lemire test fires about every 131,000 draws);
  // 32,768: first of the float path; 255/256 draws: with and without the byte-wrap test.
  for (const n of [72, 255, 32_767, 32_768, 1_000_003]) {
    for (const draws of n === 72 ? [255, 256, 2000] : [n <= 32_768 ? 2_000_000 : n]) {
      const fast = new IndexStream(123), reference = createRng(123);
      const counts = new Uint8Array(n), expected = new Uint32Array(n), overflow: number[] = [];
      fast.countInto(counts, n, overflow, draws);
      const wrapped: number[] = [];
      for (let d = 0; d < draws; d++) {
        const i = reference.nextIndex(n);
        if (++expected[i] % 256 === 0) wrapped.push(i);
      }
      assert.deepEqual(overflow, wrapped, `n ${n}, ${draws} draws: overflow list`);
      for (let i = 0; i < n; i++) {
        if (counts[i] !== expected[i] % 256) assert.fail(`n ${n}, ${draws} draws: row ${i}`);
      }
      assert.equal(fast.nextUint32(), reference.nextUint32(), `n ${n}: stream position`);
    }
    const fast = new IndexStream(5), reference = createRng(5);
    const indices = new Int32Array(Math.min(n, 100_000) + 7);
    fast.indicesInto(indices, n);
    indices.forEach((i, d) => {
      if (i !== reference.nextIndex(n)) assert.fail(`indicesInto n ${n}, draw ${d}`);
    });
  }
});

Deno.test("a progress sink changes no result of mediate()", () => {
  const updates: number[] = [];
  const sink = { update: (done: number) => void updates.push(done) };
  const plain = mediate(fixture, SPECS.simple, { resamples: 1000, monteCarloDraws: 100 });
  const watched = mediate(fixture, SPECS.simple, {
    resamples: 1000,
    monteCarloDraws: 100,
    progress: sink,
  });
  assert.deepEqual(watched, plain);
  assert.equal(updates.at(-1), 1000, "the last report is 'all done'");
});
