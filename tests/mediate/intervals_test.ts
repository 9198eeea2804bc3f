import assert from "node:assert/strict";
import { qnorm } from "../../pipeline/stats/distributions.ts";
import {
  bcaInterval,
  bcInterval,
  countBelow,
  jackknifeAcceleration,
  normInter,
  percentileInterval,
  sortFloat64,
} from "../../pipeline/mediate/mod.ts";
import { assertClose } from "./_helpers.ts";

const sorted = sortFloat64(Float64Array.from({ length: 999 }, (_, i) => Math.cbrt(i - 400)));

Deno.test("normInter(): an integer (R+1)α takes that order statistic; otherwise normal-scale interpolation", () => {
  // R = 999: (R + 1)·0.025 = 25 exactly.
  assert.equal(normInter(sorted, 0.025).value, sorted[24]);
  // R = 998: (R + 1)·0.025 = 24.975, between t(24) and t(25).
  const t = sorted.subarray(0, 998);
  const alpha = 0.025, k = 24;
  const w = (qnorm(alpha) - qnorm(k / 999)) / (qnorm((k + 1) / 999) - qnorm(k / 999));
  assertClose(normInter(t, alpha).value, t[k - 1] + w * (t[k] - t[k - 1]), 1e-15, "interpolated");
  assert.ok(w > 0 && w < 1);
  assert.equal(normInter(t, alpha).extreme, false);
});

Deno.test("normInter(): k = 0 and k = R give the extreme order statistics, flagged", () => {
  const t = sorted.subarray(0, 10);
  assert.deepEqual(normInter(t, 0.025), { value: t[0], extreme: true });
  assert.deepEqual(normInter(t, 0.975), { value: t[9], extreme: true });
});

Deno.test("all draws equal: percentile, BC and BCa intervals are null with a note (never NaN)", () => {
  const equal = new Float64Array(500).fill(0.3);
  for (
    const interval of [
      percentileInterval(equal, 0.95),
      bcInterval(equal, 0.3, 0.95),
      bcaInterval(equal, 0.3, 0.01, 100, 0.95),
    ]
  ) {
    assert.deepEqual(interval, {
      confLow: null,
      confHigh: null,
      note: "all bootstrap draws are equal: no interval",
    });
  }
});

Deno.test("BC and BCa: every draw on one side of the estimate makes z0 infinite: nulls, with the side", () => {
  const above = bcInterval(sorted, -100, 0.95);
  assert.equal(above.confLow, null);
  assert.match(above.note!, /at or above the estimate/);
  // Ties count as not below: an estimate equal to the smallest draw has no draw below it.
  assert.equal(countBelow(sorted, sorted[0]), 0);
  assert.equal(bcaInterval(sorted, sorted[0], 0, 100, 0.95).confLow, null);
  assert.match(bcInterval(sorted, 100, 0.95).note!, /below the estimate/);
});

Deno.test("BC equals BCa with zero acceleration, and equals the percentile interval when z0 = 0", () => {
  const estimate = sorted[499]; // 499 draws below of 999: z0 = Φ⁻¹(499/999) ≈ −0.0013
  assert.deepEqual(bcInterval(sorted, estimate, 0.9), bcaInterval(sorted, estimate, 0, 999, 0.9));
  const even = sortFloat64(Float64Array.from({ length: 1000 }, (_, i) => i));
  // An estimate with exactly half the draws below it: z0 = 0, so BC = percentile.
  assert.deepEqual(bcInterval(even, 499.5, 0.95), percentileInterval(even, 0.95));
});

Deno.test("jackknifeAcceleration(): boot's formula, 0 for symmetric jackknife values, null when all equal", () => {
  const values = new Float64Array([1.0, 1.2, 0.9, 1.5, 1.1]);
  const L = Array.from(values, (v) => 4 * (1.1 - v));
  const expected = L.reduce((s, l) => s + l ** 3, 0) /
    (6 * L.reduce((s, l) => s + l ** 2, 0) ** 1.5);
  assertClose(jackknifeAcceleration(1.1, values), expected, 1e-14, "acceleration");
  assert.equal(jackknifeAcceleration(1, new Float64Array([0.5, 1.5, 1, 0.8, 1.2])), 0);
  assert.equal(jackknifeAcceleration(2, new Float64Array([2, 2, 2])), null);
});
