import assert from "node:assert/strict";
import { mediationPower, powerCurve } from "../../pipeline/power/power.ts";
import { simulateStudy, testStudy } from "../../pipeline/power/study.ts";
import type { PowerMethod } from "../../pipeline/power/types.ts";
import { createRng } from "../../pipeline/random/mod.ts";
import { isOptionsError } from "./_helpers.ts";

const small = { a: 0.3, b: 0.35, cPrime: 0.1, n: 30, studies: 40, resamples: 199 };

Deno.test("mediationPower() is deterministic given the seed, and the seed matters", () => {
  const r1 = mediationPower({ ...small, seed: 1 });
  assert.deepEqual(mediationPower({ ...small, seed: 1 }), r1);
  assert.notDeepEqual(mediationPower({ ...small, seed: 2 }).simulations, r1.simulations);
});

for (const method of ["percentile", "bc", "sobel", "joint-significance"] as PowerMethod[]) {
  Deno.test(`mediationPower() counts equal a replay of the documented streams (${method})`, () => {
    const r = mediationPower({ ...small, method, seed: 42 });
    const seeds = createRng(42);
    const expected = [seeds.nextUint32(), seeds.nextUint32(), seeds.nextUint32()];
    const paths = [[small.a, small.b], [0, small.b], [small.a, 0]];
    assert.deepEqual(r.simulations.map((s) => s.seed), expected);
    r.simulations.forEach((sim, k) => {
      const rng = createRng(expected[k]);
      const data = { x: new Float64Array(30), m: new Float64Array(30), y: new Float64Array(30) };
      let rejected = 0, covered = 0;
      const truth = paths[k][0] * paths[k][1];
      for (let s = 0; s < small.studies; s++) {
        const studySeed = rng.nextUint32();
        simulateStudy(rng, { a: paths[k][0], b: paths[k][1], cPrime: small.cPrime }, data);
        const t = testStudy(data, method, small.resamples, 0.95, studySeed);
        if (t.rejects) rejected++;
        if (t.confLow !== null && t.confLow <= truth && truth <= t.confHigh!) covered++;
      }
      assert.deepEqual([sim.a, sim.b, sim.indirect], [paths[k][0], paths[k][1], truth]);
      assert.equal(sim.rejections.count, rejected, sim.label);
      assert.equal(sim.coverage?.count ?? null, method === "joint-significance" ? null : covered);
    });
    assert.equal(r.power, r.simulations[0].rejections);
    assert.equal(r.typeIErrorA0, r.simulations[1].rejections);
    assert.equal(r.typeIErrorB0, r.simulations[2].rejections);
  });
}

Deno.test("mediationPower() reports proportions with Monte Carlo SE √(p(1 − p)/R)", () => {
  const r = mediationPower({ ...small, method: "sobel", studies: 300 });
  for (const p of [r.power, r.coverage!, r.typeIErrorA0!, r.typeIErrorB0!]) {
    assert.equal(p.studies, 300);
    assert.equal(p.estimate, p.count / 300);
    assert.equal(p.stdError, Math.sqrt((p.estimate * (1 - p.estimate)) / 300));
  }
});

Deno.test("mediationPower() joint significance has no coverage and no resamples; Sobel no resamples", () => {
  const joint = mediationPower({ ...small, method: "joint-significance" });
  assert.equal(joint.coverage, null);
  assert.equal(joint.resamples, null);
  assert.ok(joint.simulations.every((s) => s.coverage === null && s.resamplesFailed === 0));
  assert.equal(mediationPower({ ...small, method: "sobel" }).resamples, null);
  assert.equal(mediationPower({ ...small, method: "bc" }).resamples, 199);
});

Deno.test("mediationPower() skips the null simulations on request, with a note", () => {
  const r = mediationPower({ ...small, nullSimulations: false });
  assert.equal(r.typeIErrorA0, null);
  assert.equal(r.typeIErrorB0, null);
  assert.equal(r.simulations.length, 1);
  assert.match(r.note!, /not simulated/);
});

Deno.test("mediationPower() leaves an impossible null model out, with a note (dataset: a = .9, b = .9, c′ = -.6)", () => {
  const r = mediationPower({ a: 0.9, b: 0.9, cPrime: -0.6, n: 20, method: "sobel", studies: 20 });
  assert.equal(r.typeIErrorA0, null); // 1 − b² − c′² < 0 once a = 0
  assert.notEqual(r.typeIErrorB0, null);
  assert.match(r.note!, /typeIErrorA0 not simulated/);
});

Deno.test("mediationPower() notes that power is a Type I error when a·b = 0", () => {
  const r = mediationPower({ ...small, a: 0, method: "sobel" });
  assert.match(r.note!, /Type I error rate/);
  assert.equal(r.indirect, 0);
});

Deno.test("mediationPower() at n = 4 (the minimum) runs with degenerate resamples counted", () => {
  const r = mediationPower({ a: 0.5, b: 0.5, n: 4, studies: 30, resamples: 99, seed: 3 });
  const failed = r.simulations.reduce((s, sim) => s + sim.resamplesFailed, 0);
  assert.ok(failed > 0, "some resamples of 4 rows repeat one row 4 times");
  const json = JSON.stringify(r);
  assert.ok(!json.includes("NaN") && !json.includes("Infinity"));
});

Deno.test("mediationPower() rejects bad options as DataError stage options", () => {
  assert.throws(() => mediationPower({ ...small, n: 2 }), isOptionsError);
  assert.throws(() => mediationPower({ ...small, a: 1 }), isOptionsError);
});

Deno.test("powerCurve() is mediationPower() at each N, in the order given", () => {
  const options = { ...small, method: "sobel" as const, studies: 60, nullSimulations: false };
  const curve = powerCurve({ ...options, ns: [40, 20] });
  assert.deepEqual(curve.map((r) => r.n), [40, 20]);
  assert.deepEqual(curve[1], mediationPower({ ...options, n: 20 }));
});

Deno.test("powerCurve() rejects an empty or invalid list of sample sizes before simulating", () => {
  assert.throws(() => powerCurve({ ...small, ns: [] }), isOptionsError);
  assert.throws(() => powerCurve({ ...small, ns: [50, 3] }), isOptionsError);
});
