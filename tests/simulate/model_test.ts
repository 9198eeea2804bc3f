import assert from "node:assert/strict";
import { DataError } from "../../pipeline/errors.ts";
import {
  expectedScaleStatistics,
  impliedByPaths,
  pathsFromCorrelations,
  resolveSimulateOptions,
  SIMULATE_DEFAULTS,
  TARGET_CORRELATIONS,
} from "../../pipeline/simulate/mod.ts";
import { loadStudy } from "../../pipeline/study/mod.ts";
import { scaleIds, scaleItems } from "../../pipeline/study/scales.ts";
import { assertClose } from "../_helpers.ts";
import { pearson, simulateText, splitCsv } from "./_helpers.ts";

const study = await loadStudy("data/study.json");

Deno.test("default paths solve the latent targets .55/.40/.35: a = .55, b = .2075/.6975, c′ = .13/.6975", () => {
  const p = SIMULATE_DEFAULTS.paths;
  assert.deepEqual(TARGET_CORRELATIONS, { xm: 0.55, my: 0.40, xy: 0.35 });
  assertClose(p.a, 0.55, 1e-15);
  assertClose(p.b, 0.2075 / 0.6975, 1e-12);
  assertClose(p.cPrime, 0.13 / 0.6975, 1e-12);
  const implied = impliedByPaths(p);
  assertClose(implied.xm, 0.55, 1e-12);
  assertClose(implied.my, 0.40, 1e-12);
  assertClose(implied.xy, 0.35, 1e-12);
  assert.deepEqual(pathsFromCorrelations(TARGET_CORRELATIONS), { ...p });
});

Deno.test("expectedScaleStatistics() matches R (pbivnorm) to 1e-9 relative", async () => {
  const ref = JSON.parse(
    await Deno.readTextFile("tests/simulate/fixtures/expected_moments.json"),
  );
  const got = expectedScaleStatistics(study);
  assert.deepEqual(got.scales, ref.scales);
  got.means.forEach((m, i) => assertClose(m, ref.means[i], 1e-9));
  got.sds.forEach((sd, i) => assertClose(sd, ref.sds[i], 1e-9));
  got.correlations.forEach((row, i) =>
    row.forEach((r, k) => assertClose(r!, ref.correlations[i][k], 1e-9))
  );
});

Deno.test("at n = 20,000 the sample moments of every scale mean are near their population values", async () => {
  const n = 20000;
  const rows = splitCsv((await simulateText(study, { n, seed: 4242, problems: false })).text);
  const header = rows[0];
  const scaleMean = (id: string): number[] => {
    const { instrument, items } = scaleItems(study, id);
    const { min, max } = instrument.responseRange;
    const at = items.map((c) => [header.indexOf(c), instrument.reverse.includes(c)] as const);
    return rows.slice(1).map((cells) =>
      at.reduce((s, [k, rev]) => s + (rev ? min + max - Number(cells[k]) : Number(cells[k])), 0) /
      at.length
    );
  };
  const expected = expectedScaleStatistics(study);
  const ids = scaleIds(study);
  const means = ids.map(scaleMean);
  // SE(r) ≈ (1 − ρ²)/√n ≤ 1/√n = .0071: 5 SE; SE(mean) = sd/√n: 5 SE.
  const tolerance = 5 / Math.sqrt(n);
  ids.forEach((id, i) => {
    const m = means[i].reduce((s, v) => s + v, 0) / n;
    assert.ok(Math.abs(m - expected.means[i]) < 5 * expected.sds[i] / Math.sqrt(n), id);
    for (let k = 0; k < i; k++) {
      const r = pearson(means[i], means[k]);
      const rho = expected.correlations[i][k]!;
      assert.ok(Math.abs(r - rho) < tolerance, `${id}–${ids[k]}: r ${r}, population ${rho}`);
    }
  });
  // The model's three correlations: attenuated from the latent .55/.40/.35, but ordered.
  const [x, m, y] = ["rprs", "wai", "ras"].map((id) => means[ids.indexOf(id)]);
  const [rxm, rmy, rxy] = [pearson(x, m), pearson(m, y), pearson(x, y)];
  assert.ok(rxm > rmy && rmy > rxy && rxy > 0.2 && rxm < 0.55, `${rxm} ${rmy} ${rxy}`);
});

Deno.test("demographics: age 20–60 integers, known levels, about half with reduced work capacity", async () => {
  const n = 20000;
  const rows = splitCsv((await simulateText(study, { n, seed: 5, problems: false })).text);
  const col = (name: string) => rows.slice(1).map((cells) => cells[rows[0].indexOf(name)]);
  const ages = col("age").map(Number);
  assert.ok(ages.every((a) => Number.isInteger(a) && a >= 20 && a <= 60));
  assert.equal(Math.min(...ages), 20);
  assert.equal(Math.max(...ages), 60);
  for (const d of study.demographics) {
    if (d.type === "categorical") assert.ok(col(d.column).every((v) => d.levels.includes(v)));
  }
  const reduced = col("work_capacity").filter((v) => v === "reduced").length / n;
  assert.ok(Math.abs(reduced - 0.5) < 4 * Math.sqrt(0.25 / n), `${reduced}`); // 4 SE
});

Deno.test("resolveSimulateOptions() fills defaults in one place and rejects impossible values", () => {
  const resolved = resolveSimulateOptions(study);
  assert.deepEqual(resolved, {
    n: 73,
    seed: study.analysis.seed,
    paths: { ...SIMULATE_DEFAULTS.paths },
    problems: true,
  });
  assert.throws(() => resolveSimulateOptions(study, { n: 2 }), RangeError);
  assert.equal(resolveSimulateOptions(study, { n: 1, problems: false }).n, 1);
  assert.throws(() => resolveSimulateOptions(study, { n: 1.5 }), RangeError);
  assert.throws(() => resolveSimulateOptions(study, { seed: -1 }), RangeError);
  assert.throws(
    () => resolveSimulateOptions(study, { paths: { a: 0.9, b: 0.9, cPrime: 0.5 } }),
    RangeError,
  );
});

Deno.test("a study whose model puts two scales on one instrument is refused (DataError)", async () => {
  const odd = structuredClone(study);
  odd.model = { ...odd.model, x: "wai_goal", m: ["wai_task"] };
  const error = await simulateText(odd, { n: 5 }).catch((e) => e);
  assert.ok(error instanceof DataError && error.stage === "study", String(error));
});

Deno.test("a model naming subscales works: their latents follow the path model", async () => {
  const sub = structuredClone(study);
  sub.model = { ...sub.model, x: "rprs_strategies", m: ["wai_bond"], y: "ras_confidence" };
  const stats = expectedScaleStatistics(sub);
  const at = (a: string, b: string) =>
    stats.correlations[stats.scales.indexOf(a)][stats.scales.indexOf(b)]!;
  // X–M now runs through the subscales, so they correlate more than their instruments.
  assert.ok(at("rprs_strategies", "wai_bond") > at("rprs", "wai"));
  const { summary } = await simulateText(sub, { n: 50 });
  assert.equal(summary.nAnalysable, 49);
});
