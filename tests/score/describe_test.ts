import assert from "node:assert/strict";
import {
  cronbachAlpha,
  describeScales,
  reverseKey,
  type ScaleScores,
  type ScaleSummary,
  scoreScales,
} from "../../pipeline/score/mod.ts";
import { assertClose } from "../_helpers.ts";
import { assertCloseOrNull, loadFixture } from "./_fixture.ts";

async function fixtureSummaries(confLevel?: number) {
  const { study, data, reference } = await loadFixture();
  const scores = scoreScales(data, study);
  const summaries = describeScales(
    scores,
    reverseKey(data, study),
    confLevel === undefined ? {} : { confLevel },
  );
  return { summaries, reference };
}

/** Every number in a result is finite: no NaN or Infinity anywhere (null is allowed). */
function assertNoNonFinite(value: unknown, path = "result"): void {
  if (typeof value === "number") assert.ok(Number.isFinite(value), `${path} = ${value}`);
  else if (Array.isArray(value)) value.forEach((v, i) => assertNoNonFinite(v, `${path}[${i}]`));
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) assertNoNonFinite(v, `${path}.${k}`);
  }
}

Deno.test("describeScales() matches psych::describe (n, mean, sd, min, max, skew and kurtosis, type 3) for every scale", async () => {
  const { summaries, reference } = await fixtureSummaries();
  summaries.forEach((s, i) => {
    const r = reference.scales[i].describe;
    assert.equal(s.scale, reference.scales[i].scale);
    assert.equal(s.nobs, r.n);
    assertCloseOrNull(s.mean, r.mean, `${s.scale} mean`);
    assertCloseOrNull(s.sd, r.sd, `${s.scale} sd`);
    assertCloseOrNull(s.min, r.min, `${s.scale} min`);
    assertCloseOrNull(s.max, r.max, `${s.scale} max`);
    assertCloseOrNull(s.skewness, r.skew, `${s.scale} skew`);
    assertCloseOrNull(s.kurtosis, r.kurtosis, `${s.scale} kurtosis`);
  });
});

Deno.test("describeScales() matches psych::alpha on complete cases: raw_alpha, std.alpha and the Feldt 95% interval", async () => {
  const { summaries, reference } = await fixtureSummaries();
  summaries.forEach((s, i) => {
    const r = reference.scales[i].alpha;
    assert.equal(s.alphaNobs, r.n);
    assertCloseOrNull(s.alpha, r.raw_alpha, `${s.scale} alpha`);
    assertCloseOrNull(s.standardizedAlpha, r.std_alpha, `${s.scale} std.alpha`);
    assertCloseOrNull(s.alphaConfLow, r.feldt95_low, `${s.scale} Feldt low`);
    assertCloseOrNull(s.alphaConfHigh, r.feldt95_high, `${s.scale} Feldt high`);
    assert.equal(s.omegaTotal, null);
  });
});

Deno.test("describeScales({ confLevel: 0.9 }) matches psych:::alpha.ci(p.val = 0.10)", async () => {
  const { summaries, reference } = await fixtureSummaries(0.9);
  summaries.forEach((s, i) => {
    const r = reference.scales[i].alpha;
    assertCloseOrNull(s.alphaConfLow, r.feldt90_low, `${s.scale} Feldt 90 low`);
    assertCloseOrNull(s.alphaConfHigh, r.feldt90_high, `${s.scale} Feldt 90 high`);
  });
});

Deno.test("describeScales() item statistics match psych::alpha's item.stats (n, mean, sd, r.drop) and alpha.drop", async () => {
  const { summaries, reference } = await fixtureSummaries();
  summaries.forEach((s, i) => {
    const r = reference.scales[i].alpha;
    assert.deepEqual(s.itemStats.map((item) => item.item), r.item);
    s.itemStats.forEach((item, j) => {
      const what = `${s.scale}/${item.item}`;
      assert.equal(item.nobs, r.item_n[j]);
      assertCloseOrNull(item.mean, r.item_mean[j], `${what} mean`);
      assertCloseOrNull(item.sd, r.item_sd[j], `${what} sd`);
      assertCloseOrNull(item.itemRestCorrelation, r.r_drop[j], `${what} r.drop`);
      assertCloseOrNull(item.alphaIfDeleted, r.alpha_drop[j], `${what} alpha.drop`);
    });
  });
  assertNoNonFinite(summaries);
});

// Named edge cases. Two items with the hand-checkable values var = 5/3 each, cov = 4/3:
// r = 0.8, alpha = 2 · (1 − (10/3) / (18/3)) = 8/9.
const A = [1, 2, 3, 4], B = [1, 3, 2, 4];

function summarize(items: Record<string, number[]>, values?: number[]): ScaleSummary {
  const columns = Object.fromEntries(
    Object.entries(items).map(([k, v]) => [k, Float64Array.from(v)]),
  );
  const n = Object.values(items)[0].length;
  const names = Object.keys(items);
  const scores: ScaleScores = {
    ids: Array.from({ length: n }, (_, i) => `p${i + 1}`),
    scales: [{
      scale: "s",
      label: "S",
      instrument: "s",
      kind: "instrument",
      items: names,
      reversed: [],
      values: Float64Array.from(
        values ?? Array.from({ length: n }, (_, i) => {
          const answered = names.map((k) => items[k][i]).filter(Number.isFinite);
          return answered.length === 0 ? NaN : answered.reduce((a, b) => a + b) / answered.length;
        }),
      ),
    }],
  };
  const [summary] = describeScales(scores, columns);
  assertNoNonFinite(summary);
  return summary;
}

Deno.test("edge: two items give the hand-computed alpha 8/9 and item-rest r 0.8; alpha if deleted is null (one item left)", () => {
  const s = summarize({ a: A, b: B });
  assertClose(s.alpha!, 8 / 9);
  for (const item of s.itemStats) {
    assertClose(item.itemRestCorrelation!, 0.8);
    assert.equal(item.alphaIfDeleted, null);
  }
});

Deno.test("edge: a single-item scale has descriptives but every reliability value is null", () => {
  const s = summarize({ a: A });
  assert.equal(s.nobs, 4);
  assert.equal(s.mean, 2.5);
  assert.equal(s.alphaNobs, 4);
  for (const key of ["alpha", "alphaConfLow", "alphaConfHigh", "standardizedAlpha"] as const) {
    assert.equal(s[key], null, key);
  }
  assert.equal(s.itemStats[0].itemRestCorrelation, null);
  assert.equal(s.itemStats[0].alphaIfDeleted, null);
  assertClose(s.itemStats[0].sd!, Math.sqrt(5 / 3));
});

Deno.test("edge: n < 3 complete cases gives null alpha and, with 2 scores, null skewness and kurtosis", () => {
  const s = summarize({ a: [1, 2, NaN, 4], b: [2, 4, 3, NaN], c: [1, 1, 2, 2] }, [
    1.5,
    2.5,
    NaN,
    NaN,
  ]);
  assert.equal(s.alphaNobs, 2);
  assert.equal(s.alpha, null);
  assert.equal(s.alphaConfLow, null);
  assert.equal(s.standardizedAlpha, null);
  assert.ok(s.itemStats.every((i) => i.itemRestCorrelation === null && i.alphaIfDeleted === null));
  assert.equal(s.nobs, 2);
  assertClose(s.sd!, Math.SQRT1_2);
  assert.equal(s.skewness, null);
  assert.equal(s.kurtosis, null);
});

Deno.test("edge: a constant item nulls the scale's alpha (psych would drop it) but alpha without it is reported", () => {
  const s = summarize({ a: A, b: B, c: [3, 3, 3, 3] });
  assert.equal(s.alpha, null);
  assert.equal(s.alphaConfLow, null);
  assert.equal(s.alphaConfHigh, null);
  assert.equal(s.standardizedAlpha, null);
  const [a, b, c] = s.itemStats;
  assert.equal(c.sd, 0);
  assert.equal(c.itemRestCorrelation, null); // 0 / 0
  assertClose(c.alphaIfDeleted!, 8 / 9); // the a–b scale
  assert.equal(a.alphaIfDeleted, null); // still contains the constant item
  assertClose(a.itemRestCorrelation!, 0.8); // a constant adds nothing to the rest score
  assertClose(b.itemRestCorrelation!, 0.8);
});

Deno.test("edge: a constant scale has sd 0 and null skewness, kurtosis and reliability", () => {
  const s = summarize({ a: [2, 2, 2, 2], b: [2, 2, 2, 2] });
  assert.equal(s.mean, 2);
  assert.equal(s.sd, 0);
  assert.equal(s.min, 2);
  assert.equal(s.max, 2);
  assert.equal(s.skewness, null);
  assert.equal(s.kurtosis, null);
  assert.equal(s.alpha, null);
  assert.ok(s.itemStats.every((i) => i.itemRestCorrelation === null && i.alphaIfDeleted === null));
});

Deno.test("edge: items that cancel to a constant total give null alpha instead of −Infinity", () => {
  const s = summarize({ a: A, b: A.map((x) => 5 - x) });
  assert.equal(s.alpha, null);
  assert.equal(s.standardizedAlpha, null);
  assert.ok(s.itemStats.every((i) => i.itemRestCorrelation !== null)); // r = −1 with the other
  assertClose(s.itemStats[0].itemRestCorrelation!, -1);
});

Deno.test("edge: a person with every item missing changes nothing but is not counted", () => {
  const withPerson = summarize({ a: [...A, NaN], b: [...B, NaN] });
  const without = summarize({ a: A, b: B });
  assert.equal(withPerson.nobs, 4);
  assert.equal(withPerson.alphaNobs, 4);
  assert.deepEqual({ ...withPerson }, { ...without });
});

Deno.test("edge: an all-missing item column leaves no complete case: alpha and item stats are null", () => {
  const s = summarize({ a: A, b: B, c: [NaN, NaN, NaN, NaN] });
  assert.equal(s.nobs, 4); // scores of the answered items still exist
  assert.equal(s.alphaNobs, 0);
  assert.equal(s.alpha, null);
  for (const item of s.itemStats) {
    assert.equal(item.nobs, 0);
    assert.equal(item.mean, null);
    assert.equal(item.sd, null);
    assert.equal(item.itemRestCorrelation, null);
    assert.equal(item.alphaIfDeleted, null);
  }
});

Deno.test("edge: a scale nobody was scored on has nobs 0 and null descriptives", () => {
  const s = summarize({ a: [NaN, NaN, NaN], b: [1, 2, NaN] }, [NaN, NaN, NaN]);
  assert.equal(s.nobs, 0);
  for (const key of ["mean", "sd", "min", "max", "skewness", "kurtosis"] as const) {
    assert.equal(s[key], null, key);
  }
});

Deno.test("cronbachAlpha() rejects a confidence level outside (0, 1)", () => {
  assert.throws(() => cronbachAlpha([Float64Array.from(A)], { confLevel: 95 }), RangeError);
});

Deno.test("describeScales() throws a RangeError when an item column is missing", () => {
  const scores: ScaleScores = {
    ids: ["p1"],
    scales: [{
      scale: "s",
      label: "S",
      instrument: "s",
      kind: "instrument",
      items: ["a"],
      reversed: [],
      values: new Float64Array([1]),
    }],
  };
  assert.throws(() => describeScales(scores, {}), RangeError);
});
