import assert from "node:assert/strict";
import { createRng } from "../../pipeline/random/mod.ts";
import { sortFloat64 } from "../../pipeline/mediate/mod.ts";

Deno.test("sortFloat64() orders exactly as Float64Array.prototype.sort (signs, zeros, ties, magnitudes)", () => {
  const rng = createRng(11);
  for (const n of [0, 1, 2, 3, 17, 1000, 10_000, 65_537]) {
    const values = Float64Array.from({ length: n }, (_, i) => {
      if (i % 7 === 0) return -0;
      if (i % 11 === 0) return 0;
      if (i % 13 === 0) return 5; // ties
      if (i % 17 === 0) return -Number.MAX_VALUE;
      if (i % 19 === 0) return Number.MIN_VALUE;
      return (rng.nextDouble() - 0.5) * 10 ** (rng.nextIndex(60) - 30);
    });
    const copy = values.slice();
    const sorted = sortFloat64(values);
    const expected = values.slice().sort();
    assert.equal(sorted.length, n);
    for (let i = 0; i < n; i++) {
      assert.ok(Object.is(sorted[i], expected[i]), `n ${n}, position ${i}`);
    }
    assert.deepEqual(values, copy, "input unchanged");
  }
});

Deno.test("sortFloat64() handles all-equal values and rejects NaN", () => {
  assert.deepEqual(sortFloat64(new Float64Array(50).fill(0.25)), new Float64Array(50).fill(0.25));
  assert.throws(() => sortFloat64(new Float64Array([1, NaN, 0])), RangeError);
});
