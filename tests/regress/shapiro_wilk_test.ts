import assert from "node:assert/strict";
import { shapiroWilk } from "../../pipeline/regress/shapiro_wilk.ts";
import { assertClose, readReference, readShapiroSamples } from "./_helpers.ts";

const ref = readReference();
const samples = readShapiroSamples();

for (const [name, expected] of Object.entries(ref.shapiro)) {
  Deno.test(`shapiroWilk() matches shapiro.test: W and p (${name}, n = ${expected.n})`, () => {
    const x = samples.get(name)!;
    assert.equal(x.length, expected.n);
    const r = shapiroWilk(x);
    assertClose(r.statistic, expected.statistic, 1e-9, "W");
    assertClose(r.pValue, expected.pValue, 1e-9, "p");
  });
}

Deno.test("shapiroWilk() covers n = 3 (exact p), 4, 5, 11, 20, 72 and 500 in the fixtures", () => {
  const sizes = new Set(Object.values(ref.shapiro).map((s) => s.n));
  for (const n of [3, 4, 5, 11, 20, 72, 500]) assert.ok(sizes.has(n), `n = ${n}`);
});

Deno.test("shapiroWilk() does not depend on the order of the data (it sorts, as shapiro.test)", () => {
  const x = samples.get("skewed_20")!;
  const a = shapiroWilk(x), b = shapiroWilk([...x].reverse());
  assert.equal(a.statistic, b.statistic);
  assert.equal(a.pValue, b.pValue);
});

Deno.test("shapiroWilk() throws RangeError for n < 3, n > 5000, identical values or NaN", () => {
  assert.throws(() => shapiroWilk([1, 2]), RangeError);
  assert.throws(() => shapiroWilk(new Float64Array(5001).map((_, i) => i)), RangeError);
  assert.throws(() => shapiroWilk([4, 4, 4, 4]), RangeError);
  assert.throws(() => shapiroWilk([1, NaN, 3, 4]), RangeError);
});
