import assert from "node:assert/strict";
import { simulateStudy, testStudy } from "../../pipeline/power/study.ts";
import type { StudyData } from "../../pipeline/power/study.ts";
import { mediate } from "../../pipeline/mediate/mod.ts";
import type { EffectRow } from "../../pipeline/mediate/mod.ts";
import { createRng } from "../../pipeline/random/mod.ts";
import { assertClose } from "./_helpers.ts";

function study(n: number, seed: number, a: number, b: number, cPrime = 0): StudyData {
  const data = { x: new Float64Array(n), m: new Float64Array(n), y: new Float64Array(n) };
  simulateStudy(createRng(seed), { a, b, cPrime }, data);
  return data;
}

function row(rows: EffectRow[], effect: string, method: string): EffectRow {
  return rows.find((r) => r.effect === effect && r.method === method)!;
}

const SPEC = { x: "x", m: ["m"], y: "y", covariates: [] };
// A clear effect and a weak one, so that both decisions occur.
const datasets = { clear: study(72, 5, 0.45, 0.4), weak: study(40, 6, 0.12, 0.15) };

for (const [name, data] of Object.entries(datasets)) {
  const med = mediate({ ...data }, SPEC, { resamples: 2000, seed: 99, monteCarloDraws: 10 });

  Deno.test(`testStudy() percentile and BC intervals equal mediate()'s rows for the same seed (${name})`, () => {
    for (
      const [method, label] of [["percentile", "percentile bootstrap"], ["bc", "bc bootstrap"]]
    ) {
      const t = testStudy(data, method as "percentile" | "bc", 2000, 0.95, 99);
      const r = row(med.effects, "indirect", label);
      assert.equal(t.confLow, r.confLow, `${method} low`);
      assert.equal(t.confHigh, r.confHigh, `${method} high`);
      assert.equal(t.rejects, r.confLow! > 0 || r.confHigh! < 0);
      assert.equal(t.resamplesFailed, med.resamplesFailed);
    }
  });

  Deno.test(`testStudy() Sobel interval equals mediate()'s normal-theory row (${name})`, () => {
    const t = testStudy(data, "sobel", 1, 0.9, 1);
    const r = row(
      mediate({ ...data }, SPEC, { resamples: 10, monteCarloDraws: 10, confLevel: 0.9 }).effects,
      "indirect",
      "sobel (normal theory)",
    );
    assertClose(t.confLow, r.confLow!, 1e-12, "low");
    assertClose(t.confHigh, r.confHigh!, 1e-12, "high");
  });

  Deno.test(`testStudy() joint significance is 'both lm p-values of a and b below α' as in mediate() (${name})`, () => {
    const t = testStudy(data, "joint-significance", 1, 0.95, 1);
    const pa = row(med.effects, "a", "ols").pValue!;
    const pb = row(med.effects, "b", "ols").pValue!;
    assert.equal(t.rejects, pa < 0.05 && pb < 0.05);
    assert.equal(t.confLow, null);
    assert.equal(t.confHigh, null);
  });
}

Deno.test("testStudy() decisions differ between the two datasets (both outcomes are exercised)", () => {
  for (const method of ["percentile", "bc", "sobel", "joint-significance"] as const) {
    assert.equal(testStudy(datasets.clear, method, 500, 0.95, 3).rejects, true, method);
    assert.equal(testStudy(datasets.weak, method, 500, 0.95, 3).rejects, false, method);
  }
});

Deno.test("simulateStudy() draws x, e_M, e_Y row by row from the rng as documented", () => {
  const [a, b, cPrime] = [0.3, 0.4, 0.2];
  const data = study(3, 11, a, b, cPrime);
  const rng = createRng(11);
  for (let i = 0; i < 3; i++) {
    const x = rng.nextNormal();
    const m = a * x + Math.sqrt(1 - a * a) * rng.nextNormal();
    const y = cPrime * x + b * m +
      Math.sqrt(1 - b * b - cPrime * cPrime - 2 * a * b * cPrime) * rng.nextNormal();
    assert.deepEqual([data.x[i], data.m[i], data.y[i]], [x, m, y]);
  }
});

Deno.test("simulateStudy() variables have variance 1 and the implied correlations (n = 200,000)", () => {
  const [a, b, cPrime] = [0.5, 0.3, 0.2];
  const n = 200000;
  const d = study(n, 12, a, b, cPrime);
  const cov = (u: Float64Array, v: Float64Array) => {
    let su = 0, sv = 0, suv = 0;
    for (let i = 0; i < n; i++) {
      su += u[i];
      sv += v[i];
      suv += u[i] * v[i];
    }
    return (suv - (su * sv) / n) / (n - 1);
  };
  // Sampling SD of a variance is √(2/n) ≈ 0.0032 and of a covariance at most ≈ 0.0032: 5 SD.
  const tol = 5 * Math.sqrt(2 / n);
  for (const v of [d.x, d.m, d.y]) assertClose(cov(v, v), 1, 0, "variance", tol);
  assertClose(cov(d.x, d.m), a, 0, "r(X, M) = a", tol);
  assertClose(cov(d.x, d.y), cPrime + a * b, 0, "r(X, Y) = c′ + ab", tol);
  assertClose(cov(d.m, d.y), b + a * cPrime, 0, "r(M, Y) = b + ac′", tol);
});
