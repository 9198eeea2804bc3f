import assert from "node:assert/strict";
import {
  backsolve,
  crossprodInverse,
  qr,
  qrCoef,
  qrHat,
  qrQty,
  qrQy,
  qrResiduals,
  upperInverse,
} from "../../pipeline/linalg/mod.ts";
import { readCsv, readReference } from "../regress/_helpers.ts";

const ref = readReference();
const rank = readCsv("rank.csv");
const input = readCsv("input.csv");
const X = [new Float64Array(72).fill(1), input.x1, input.x2, input.d1, input.d2, input.age];

function maxAbs(values: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < values.length; i++) m = Math.max(m, Math.abs(values[i]));
  return m;
}

for (const c of ref.rank) {
  Deno.test(`qr() aliases the same columns as lm() (${c.columns.join(", ")})`, () => {
    const f = qr(c.columns.map((name) => rank[name]));
    assert.equal(f.rank, c.rank);
    assert.deepEqual(f.aliased.map((j) => c.columns[j]), c.aliased);
  });
}

Deno.test("qr(): Q is orthogonal (Q(Qᵀy) = y and ‖Qᵀy‖ = ‖y‖)", () => {
  const f = qr(X);
  const y = input.y;
  const back = qrQy(f, qrQty(f, y));
  assert.ok(maxAbs(back.map((v, i) => v - y[i])) < 1e-13);
  const norm = (v: Float64Array) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  assert.ok(Math.abs(norm(qrQty(f, y)) - norm(y)) < 1e-12);
});

Deno.test("qr(): Q·[R; 0] reproduces every column of X", () => {
  const f = qr(X);
  const p = f.rank;
  for (let j = 0; j < p; j++) {
    const z = new Float64Array(72);
    for (let i = 0; i <= j; i++) z[i] = f.r[i * p + j];
    const column = qrQy(f, z);
    assert.ok(maxAbs(column.map((v, i) => v - X[j][i])) < 1e-11 * maxAbs(X[j]));
  }
});

Deno.test("crossprodInverse(R) is the inverse of XᵀX; upperInverse(R)·R = I", () => {
  const f = qr(X);
  const p = f.rank;
  const inv = crossprodInverse(f.r, p);
  const rInv = upperInverse(f.r, p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j < p; j++) {
      let s = 0, t = 0;
      for (let k = 0; k < p; k++) {
        let xtx = 0;
        for (let r = 0; r < 72; r++) xtx += X[k][r] * X[j][r];
        s += inv[i * p + k] * xtx;
        t += rInv[i * p + k] * f.r[k * p + j];
      }
      assert.ok(Math.abs(s - (i === j ? 1 : 0)) < 1e-10, `(XᵀX)⁻¹XᵀX[${i},${j}] = ${s}`);
      assert.ok(Math.abs(t - (i === j ? 1 : 0)) < 1e-12, `R⁻¹R[${i},${j}] = ${t}`);
    }
  }
});

Deno.test("qrCoef/qrResiduals: residuals are orthogonal to X and y = Xb + e", () => {
  const f = qr(X);
  const b = qrCoef(f, input.y);
  const e = qrResiduals(f, input.y);
  for (const column of X) {
    const dot = column.reduce((s, v, i) => s + v * e[i], 0);
    assert.ok(Math.abs(dot) < 1e-10 * maxAbs(column));
  }
  for (let i = 0; i < 72; i++) {
    let fitted = 0;
    for (let j = 0; j < X.length; j++) fitted += X[j][i] * b[j];
    assert.ok(Math.abs(fitted + e[i] - input.y[i]) < 1e-12);
  }
});

Deno.test("qrHat(): leverages lie in [0, 1] and sum to the rank", () => {
  const f = qr(X);
  const h = qrHat(f);
  assert.ok(h.every((v) => v >= 0 && v <= 1 + 1e-15));
  assert.ok(Math.abs(h.reduce((s, v) => s + v, 0) - f.rank) < 1e-12);
});

Deno.test("qr() with more columns than rows keeps at most n columns", () => {
  const cols = [
    new Float64Array([1, 2]),
    new Float64Array([3, 1]),
    new Float64Array([0, 5]),
  ];
  const f = qr(cols);
  assert.equal(f.rank, 2);
  assert.deepEqual(f.aliased, [2]);
});

Deno.test("qr() and backsolve() throw RangeError on malformed input", () => {
  assert.throws(() => qr([]), RangeError);
  assert.throws(() => qr([new Float64Array(0)]), RangeError);
  assert.throws(() => qr([new Float64Array(3), new Float64Array(2)]), RangeError);
  assert.throws(() => backsolve(new Float64Array([1, 1, 0, 0]), 2, [1, 1]), RangeError);
});
