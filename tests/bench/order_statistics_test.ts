/**
 * Selection gives what sorting gives: OrderStatistics.at(k) equals sortFloat64(...)[k] bit
 * for bit, and the intervals computed from it equal those from the sorted draws.
 */
import assert from "node:assert/strict";
import {
  bcaInterval,
  bcInterval,
  OrderStatistics,
  percentileInterval,
  sortFloat64,
} from "../../pipeline/mediate/mod.ts";
import { createRng } from "../../pipeline/random/mod.ts";

const rng = createRng(2024);

/** Named draw sets: signed zeros, ties, heavy tails, all equal, tiny. */
const SETS: Record<string, Float64Array> = {
  normal: Float64Array.from({ length: 10_000 }, () => rng.nextNormal()),
  "signed zeros and ties": Float64Array.from({ length: 4001 }, () => {
    const r = rng.nextIndex(5);
    return r === 0 ? -0 : r === 1 ? 0 : r === 2 ? -1 : r === 3 ? 2 : rng.nextNormal();
  }),
  "few distinct values": Float64Array.from({ length: 10_000 }, () => rng.nextIndex(3) - 1),
  "heavy tails": Float64Array.from({ length: 9999 }, () => 1 / (rng.nextNormal() || 1)),
  "all equal": new Float64Array(500).fill(0.25),
  "already sorted": Float64Array.from({ length: 3000 }, (_, i) => i / 7),
  "reverse sorted": Float64Array.from({ length: 3000 }, (_, i) => -i / 7),
  "one value": new Float64Array([-0]),
  "two values": new Float64Array([0, -0]),
};

for (const [name, values] of Object.entries(SETS)) {
  Deno.test(`OrderStatistics.at(k) equals the sorted draws bit for bit (${name})`, () => {
    const sorted = sortFloat64(values);
    const o = new OrderStatistics(values);
    // Queries in a scrambled order, repeated ones included, then every rank.
    const ranks = Array.from({ length: 60 }, () => rng.nextIndex(values.length));
    for (const k of [...ranks, 0, values.length - 1, ...ranks]) {
      assert.ok(Object.is(o.at(k), sorted[k]), `rank ${k}: ${o.at(k)} vs ${sorted[k]}`);
    }
    const fresh = new OrderStatistics(values);
    for (let k = 0; k < values.length; k++) {
      if (!Object.is(fresh.at(k), sorted[k])) assert.fail(`rank ${k} (all ranks in order)`);
    }
    const x = values[values.length >> 1];
    const below = values.filter((v) => v < x).length;
    assert.equal(o.countBelow(x), below, "countBelow");
  });
}

Deno.test("percentile, BC and BCa intervals are the same from OrderStatistics as from the sorted draws", () => {
  for (const [name, values] of Object.entries(SETS)) {
    const sorted = sortFloat64(values);
    for (const level of [0.9, 0.95, 0.99]) {
      const estimate = values[0] + 1e-3;
      for (const acceleration of [0, 0.05, -0.2, null]) {
        assert.deepEqual(
          bcaInterval(new OrderStatistics(values), estimate, acceleration, 10, level),
          bcaInterval(sorted, estimate, acceleration, 10, level),
          `${name}: BCa at ${level}, a = ${acceleration}`,
        );
      }
      assert.deepEqual(
        percentileInterval(new OrderStatistics(values), level),
        percentileInterval(sorted, level),
        `${name}: percentile at ${level}`,
      );
      assert.deepEqual(
        bcInterval(new OrderStatistics(values), estimate, level),
        bcInterval(sorted, estimate, level),
        `${name}: BC at ${level}`,
      );
    }
  }
});

Deno.test("OrderStatistics rejects NaN and ranks outside the draws", () => {
  assert.throws(() => new OrderStatistics(new Float64Array([1, NaN])), RangeError);
  const o = new OrderStatistics(new Float64Array([3, 1, 2]));
  assert.throws(() => o.at(3), RangeError);
  assert.throws(() => o.at(-1), RangeError);
  assert.throws(() => o.at(0.5), RangeError);
});
