import assert from "node:assert/strict";
import { createRng } from "../../pipeline/random/mod.ts";
import { bootstrapIndices, IndexStream } from "../../pipeline/mediate/mod.ts";

Deno.test("IndexStream gives createRng's raw MT19937 outputs bit for bit over several state blocks", () => {
  for (const seed of [0, 1, 5489, 20140801, 0xffffffff]) {
    const fast = new IndexStream(seed), reference = createRng(seed);
    for (let i = 0; i < 3 * 624 + 5; i++) {
      assert.equal(fast.nextUint32(), reference.nextUint32(), `seed ${seed}, output ${i}`);
    }
  }
});

Deno.test("IndexStream.nextDouble() and nextNormal() equal createRng()'s bit for bit", () => {
  const fast = new IndexStream(31), reference = createRng(31);
  for (let i = 0; i < 2000; i++) {
    assert.equal(fast.nextDouble(), reference.nextDouble(), `double ${i}`);
    assert.equal(fast.nextNormal(), reference.nextNormal(), `normal ${i}`);
  }
});

Deno.test("IndexStream.nextIndex(n) equals createRng().nextIndex(n), including Lemire rejections", () => {
  // n = 3e9 rejects about 30% of outputs; 2^21 and above use the wide-product path.
  for (const n of [1, 2, 3, 72, 1000, 1_000_000, 2_097_151, 2_097_152, 3_000_000_000]) {
    const fast = new IndexStream(99), reference = createRng(99);
    for (let i = 0; i < 5000; i++) {
      assert.equal(fast.nextIndex(n), reference.nextIndex(n), `n ${n}, draw ${i}`);
    }
    assert.equal(fast.nextUint32(), reference.nextUint32(), `stream position after n = ${n}`);
  }
});

Deno.test("IndexStream.countInto() counts exactly the next n draws of nextIndex(n)", () => {
  // n = 1.5e6: (2^32 mod n)/2^32 ≈ 1.1e-4, so about 490 rejections in the 4.5e6 draws;
  // n = 2.1e6 takes the wide-product path.
  for (const n of [1, 7, 72, 5000, 1_500_000, 2_100_000]) {
    const fast = new IndexStream(7), reference = createRng(7);
    const counts = new Uint8Array(n), expected = new Uint8Array(n);
    const overflow: number[] = [];
    for (let r = 0; r < 3; r++) {
      fast.countInto(counts, n, overflow);
      for (let i = 0; i < n; i++) expected[reference.nextIndex(n)]++;
    }
    assert.deepEqual(counts, expected, `n ${n}`);
    assert.deepEqual(overflow, []);
    assert.equal(fast.nextUint32(), reference.nextUint32(), `stream position after n = ${n}`);
  }
});

Deno.test("IndexStream.countInto(): a count reaching 256 wraps to 0 and the row goes to overflow", () => {
  for (const n of [1, 3, 2_100_000]) {
    const fast = new IndexStream(3), reference = createRng(3);
    const draws = n === 2_100_000 ? 1000 : 2000;
    const counts = new Uint8Array(n), overflow: number[] = [];
    fast.countInto(counts, n, overflow, draws);
    const expected = new Map<number, number>();
    for (let i = 0; i < draws; i++) {
      const index = reference.nextIndex(n);
      expected.set(index, (expected.get(index) ?? 0) + 1);
    }
    for (const [index, count] of expected) {
      assert.equal(counts[index], count % 256, `n ${n}, row ${index}`);
      assert.equal(overflow.filter((o) => o === index).length, Math.floor(count / 256));
    }
    if (n === 1) assert.deepEqual(overflow, new Array(7).fill(0)); // 2000 = 7·256 + 208
  }
});

Deno.test("bootstrapIndices() yields createRng(seed).nextIndex(n), index after index, resample after resample", () => {
  const reference = createRng(20140801);
  let resamples = 0;
  for (const indices of bootstrapIndices(72, 30, 20140801)) {
    assert.equal(indices.length, 72);
    for (const index of indices) assert.equal(index, reference.nextIndex(72));
    resamples++;
  }
  assert.equal(resamples, 30);
});

Deno.test("IndexStream and bootstrapIndices() reject invalid seeds and sizes", () => {
  assert.throws(() => new IndexStream(-1), RangeError);
  assert.throws(() => new IndexStream(2 ** 32), RangeError);
  assert.throws(() => bootstrapIndices(0, 1, 1).next(), RangeError);
  assert.throws(() => bootstrapIndices(5, -1, 1).next(), RangeError);
});
