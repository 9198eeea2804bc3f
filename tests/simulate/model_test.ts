import assert from "node:assert/strict";
import { DataError } from "../../pipeline/errors.ts";
import {
  DEFAULT_LATENT_CORRELATIONS,
  expectedScaleStatistics,
  impliedByPaths,
  latentCorrelationsFor,
  pathsFromCorrelations,
  resolveSimulateOptions,
  SIMULATE_DEFAULTS,
  TARGET_CORRELATIONS,
} from "../../pipeline/simulate/mod.ts";
import { loadStudy } from "../../pipeline/study/mod.ts";
import { scaleIds, scaleItems } from "../../pipeline/study/scales.ts";
import { assertClose, miniStudy } from "../_helpers.ts";
import { pearson, simulateText, splitCsv } from "./_helpers.ts";

const study = await loadStudy("data/study.json");

const ref = JSON.parse(await Deno.readTextFile("tests/simulate/fixtures/expected_moments.json"));

/** The expected scale-mean correlations of the model's X–M, M–Y and X–Y. */
function modelCorrelations(stats: ReturnType<typeof expectedScaleStatistics>, s = study) {
  const at = (u: string, v: string) =>
    stats.correlations[stats.scales.indexOf(u)][stats.scales.indexOf(v)]!;
  const { x, m: [m], y } = s.model;
  return { xm: at(x, m), my: at(m, y), xy: at(x, y) };
}

Deno.test("by default the scale means of RPRS, WAI, RAS correlate .55/.40/.35 in the population", () => {
  assert.deepEqual(TARGET_CORRELATIONS, { xm: 0.55, my: 0.40, xy: 0.35 });
  assert.deepEqual([study.model.x, study.model.m[0], study.model.y], ["rprs", "wai", "ras"]);
  const got = modelCorrelations(expectedScaleStatistics(study));
  for (const key of ["xm", "my", "xy"] as const) {
    assertClose(got[key], TARGET_CORRELATIONS[key], 0, 1e-13);
  }
});

Deno.test("the default latent correlations match R's uniroot solution and latentCorrelationsFor()", () => {
  assert.deepEqual(ref.targets, { ...TARGET_CORRELATIONS });
  const solved = latentCorrelationsFor(study, TARGET_CORRELATIONS);
  for (const key of ["xm", "my", "xy"] as const) {
    assertClose(DEFAULT_LATENT_CORRELATIONS[key], ref.latentCorrelations[key], 1e-9);
    assertClose(DEFAULT_LATENT_CORRELATIONS[key], solved[key], 1e-12);
  }
});

Deno.test("the default paths reproduce the default latent correlations (b, c′ of Y on X and M)", () => {
  const p = SIMULATE_DEFAULTS.paths;
  const { xm, my, xy } = DEFAULT_LATENT_CORRELATIONS;
  assertClose(p.a, xm, 1e-15);
  assertClose(p.b, (my - xy * xm) / (1 - xm ** 2), 1e-12);
  assertClose(p.cPrime, (xy - my * xm) / (1 - xm ** 2), 1e-12);
  const implied = impliedByPaths(p);
  for (const key of ["xm", "my", "xy"] as const) {
    assertClose(implied[key], DEFAULT_LATENT_CORRELATIONS[key], 1e-12);
  }
  assert.ok(implied.residualM > 0 && implied.residualY > 0, "a positive-definite latent matrix");
  assert.deepEqual(pathsFromCorrelations(DEFAULT_LATENT_CORRELATIONS), { ...p });
});

Deno.test("each scale-mean correlation depends on its own latent correlation only (the solver's premise)", () => {
  const base = modelCorrelations(expectedScaleStatistics(study));
  const vary = (key: "xm" | "my" | "xy", value: number) =>
    modelCorrelations(
      expectedScaleStatistics(
        study,
        pathsFromCorrelations({ ...DEFAULT_LATENT_CORRELATIONS, [key]: value }),
      ),
    );
  for (const [key, value] of [["xm", 0.6], ["my", 0.3], ["xy", 0.2]] as const) {
    const got = vary(key, value);
    assert.ok(Math.abs(got[key] - base[key]) > 0.05, key);
    for (const other of (["xm", "my", "xy"] as const).filter((k) => k !== key)) {
      assertClose(got[other], base[other], 1e-12);
    }
  }
});

Deno.test("latentCorrelationsFor() hits targets on another study (the mini study: three 3-item scales)", () => {
  const mini = miniStudy();
  const targets = { xm: 0.5, my: 0.3, xy: -0.1 };
  const latent = latentCorrelationsFor(mini, targets);
  const got = modelCorrelations(expectedScaleStatistics(mini, pathsFromCorrelations(latent)), mini);
  for (const key of ["xm", "my", "xy"] as const) assertClose(got[key], targets[key], 0, 1e-13);
  // Short scales attenuate more than the shipped ones.
  assert.ok(latent.xm - 0.5 > DEFAULT_LATENT_CORRELATIONS.xm - 0.55);
});

Deno.test("latentCorrelationsFor() refuses unreachable targets and a non-positive-definite solution", () => {
  // Scale means can correlate at most ≈ .78 here (latent 1): .9 is out of reach.
  assert.throws(
    () => latentCorrelationsFor(study, { xm: 0.9, my: 0.4, xy: 0.35 }),
    (e: unknown) => e instanceof RangeError && /out of reach/.test(e.message),
  );
  // Each pair is reachable, but latent ≈ .9, .9, −.4 is not a correlation matrix.
  assert.throws(
    () => latentCorrelationsFor(study, { xm: 0.7, my: 0.7, xy: -0.3 }),
    (e: unknown) => e instanceof RangeError && /not a correlation matrix/.test(e.message),
  );
  assert.throws(() => latentCorrelationsFor(study, { xm: NaN, my: 0, xy: 0 }), RangeError);
});

Deno.test("expectedScaleStatistics() matches R (pbivnorm) to 1e-9 relative", () => {
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
  // The model's three correlations: the targets .55/.40/.35, not the larger latent ones.
  const [x, m, y] = ["rprs", "wai", "ras"].map((id) => means[ids.indexOf(id)]);
  const sample = { xm: pearson(x, m), my: pearson(m, y), xy: pearson(x, y) };
  for (const key of ["xm", "my", "xy"] as const) {
    assert.ok(
      Math.abs(sample[key] - TARGET_CORRELATIONS[key]) < tolerance,
      `${key} ${sample[key]}`,
    );
  }
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
