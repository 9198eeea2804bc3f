import assert from "node:assert/strict";
import { createRng } from "../../pipeline/random/mod.ts";

Deno.test("createRng() reproduces the MT19937 reference outputs for seed 5489", () => {
  const rng = createRng(5489);
  const first = [3499211612, 581869302, 3890346734, 3586334585, 545404204];
  assert.deepEqual(first.map(() => rng.nextUint32()), first);
});

Deno.test("createRng() gives 4123659995 as the 10,000th output (the C++ std::mt19937 check)", () => {
  const rng = createRng(5489);
  let x = 0;
  for (let i = 0; i < 10000; i++) x = rng.nextUint32();
  assert.equal(x, 4123659995);
});

Deno.test("nextDouble() is genrand_res53 of two consecutive outputs", () => {
  const a = createRng(42), b = createRng(42);
  const expected = ((b.nextUint32() >>> 5) * 67108864 + (b.nextUint32() >>> 6)) / 2 ** 53;
  assert.equal(a.nextDouble(), expected);
});

Deno.test("nextIndex(n) equals floor(x·n / 2^32) when no rejection occurs, and stays in range", () => {
  const a = createRng(7), b = createRng(7);
  for (let i = 0; i < 1000; i++) {
    const n = 72 + i;
    const got = a.nextIndex(n);
    const x = b.nextUint32();
    const product = BigInt(x) * BigInt(n);
    // For these small n, rejection has probability < 2.5e-7 per draw.
    assert.equal(got, Number(product >> 32n));
    assert.ok(got >= 0 && got < n);
  }
});

Deno.test("nextIndex() is uniform: chi-square over 10 cells stays below the 0.999 quantile", () => {
  const rng = createRng(123);
  const counts = new Array(10).fill(0);
  const draws = 100000;
  for (let i = 0; i < draws; i++) counts[rng.nextIndex(10)]++;
  const expected = draws / 10;
  const chi = counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
  assert.ok(chi < 27.88, `chi-square ${chi}`);
});

Deno.test("createRng() rejects seeds that are not 32-bit unsigned integers", () => {
  assert.throws(() => createRng(-1), RangeError);
  assert.throws(() => createRng(1.5), RangeError);
  assert.throws(() => createRng(2 ** 32), RangeError);
});
