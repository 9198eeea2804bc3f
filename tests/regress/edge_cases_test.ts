import assert from "node:assert/strict";
import { DataError } from "../../pipeline/errors.ts";
import { ols } from "../../pipeline/regress/ols.ts";
import { regress } from "../../pipeline/regress/regress.ts";

// Named edge-case datasets (small, written out so that the case is visible).
const collinear = {
  y: new Float64Array([3.1, 4.0, 4.4, 5.9, 6.1, 7.7, 8.0, 9.4]),
  x1: new Float64Array([1, 2, 3, 4, 5, 6, 7, 8]),
  x2: new Float64Array([2, 1, 4, 3, 6, 5, 8, 7]),
  // x3 = x1 + x2 exactly
  x3: new Float64Array([3, 3, 7, 7, 11, 11, 15, 15]),
  constant: new Float64Array([5, 5, 5, 5, 5, 5, 5, 5]),
  flatY: new Float64Array([4, 4, 4, 4, 4, 4, 4, 4]),
};

const nLessThanP = {
  y: new Float64Array([1.2, 2.3, 2.9]),
  a: new Float64Array([1, 2, 3]),
  b: new Float64Array([3, 1, 2]),
};

function dataErrorOf(f: () => unknown): DataError {
  try {
    f();
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error("expected a DataError");
}

Deno.test("collinear predictors: DataError (stage regress) naming the aliased term and its partners", () => {
  const e = dataErrorOf(() =>
    regress(collinear, { model: "m", outcome: "y", predictors: ["x1", "x2", "x3"] })
  );
  assert.equal(e.stage, "regress");
  assert.equal(e.column, "x3");
  assert.match(e.message, /"x3" is an exact linear combination of "x1", "x2"/);
  assert.match(e.hint ?? "", /remove "x3"/);
});

Deno.test("collinear predictors: the later of two duplicated columns is the one named, as lm's NA", () => {
  const e = dataErrorOf(() =>
    ols(collinear.y, [{ name: "a", values: collinear.x1 }, { name: "b", values: collinear.x1 }])
  );
  assert.equal(e.column, "b");
  assert.match(e.message, /"b" is an exact linear combination of "a"/);
});

Deno.test("constant predictor: DataError saying it has no variance (aliased with the intercept)", () => {
  const e = dataErrorOf(() =>
    regress(collinear, { model: "m", outcome: "y", predictors: ["x1", "constant"] })
  );
  assert.equal(e.column, "constant");
  assert.match(e.message, /"constant" has the same value \(5\) in every row used/);
});

Deno.test("constant predictor without intercept is an ordinary column (no error)", () => {
  const fit = ols(collinear.y, [{ name: "constant", values: collinear.constant }], {
    intercept: false,
  });
  // y = b·5: b = mean(y)/5
  const mean = collinear.y.reduce((s, v) => s + v, 0) / 8;
  assert.ok(Math.abs(fit.coefficients[0] - mean / 5) < 1e-14);
});

Deno.test("n <= p: DataError stating the counts (3 rows, 3 coefficients)", () => {
  const e = dataErrorOf(() =>
    regress(nLessThanP, { model: "m", outcome: "y", predictors: ["a", "b"] })
  );
  assert.equal(e.stage, "regress");
  assert.equal(e.found, "n = 3, coefficients = 3");
  assert.match(e.message, /cannot fit 3 coefficient/);
});

Deno.test("constant outcome: exact fit, R²/F/t/p/CI/standardized are null and explained in notes", () => {
  const r = regress(collinear, { model: "m", outcome: "flatY", predictors: ["x1", "x2"] });
  assert.equal(r.rSquared, null);
  assert.equal(r.adjRSquared, null);
  assert.equal(r.fStatistic, null);
  assert.equal(r.pValue, null);
  assert.equal(r.sigma, 0);
  assert.ok(Math.abs(r.terms[0].estimate - 4) < 1e-12);
  for (const t of r.terms) {
    assert.equal(t.stdError, 0);
    assert.equal(t.statistic, null);
    assert.equal(t.pValue, null);
    assert.equal(t.confLow, null);
    assert.equal(t.standardized, null);
    assert.equal(t.robust?.stdError, 0);
    assert.equal(t.robust?.statistic, null);
  }
  assert.ok(r.diagnostics.residuals.every((v) => v === 0));
  assert.equal(r.diagnostics.breuschPagan, null);
  assert.equal(r.diagnostics.shapiroWilk, null);
  assert.ok(r.diagnostics.cooksDistance.every((v) => v === null));
  assert.ok(r.notes.some((n) => n.includes('"flatY" has the same value')));
  assert.ok(!JSON.stringify(r).includes("NaN"));
});

Deno.test("rows with NaN are dropped listwise; only rows complete on the model's columns count", () => {
  const data = {
    y: new Float64Array([1.1, NaN, 2.9, 4.2, 5.1, 5.8, 7.3, 7.9]),
    x: new Float64Array([1, 2, NaN, 4, 5, 6, 7, 8]),
    unused: new Float64Array([NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN]),
  };
  const r = regress(data, { model: "m", outcome: "y", predictors: ["x"] });
  assert.deepEqual(r.rowsUsed, [0, 3, 4, 5, 6, 7]);
  assert.equal(r.nobs, 6);
  const direct = ols(
    Float64Array.from(r.rowsUsed, (i) => data.y[i]),
    [{ name: "x", values: Float64Array.from(r.rowsUsed, (i) => data.x[i]) }],
  );
  assert.equal(r.terms[1].estimate, direct.coefficients[1]);
});

Deno.test("all rows missing: DataError saying no row is complete", () => {
  const data = { y: new Float64Array([1, NaN, 3]), x: new Float64Array([NaN, 2, NaN]) };
  const e = dataErrorOf(() => regress(data, { model: "m", outcome: "y", predictors: ["x"] }));
  assert.match(e.message, /no row has values for all of "y", "x"/);
});

Deno.test("unknown variable, duplicated predictor, outcome as predictor, Infinity: DataError", () => {
  const spec = (predictors: string[]) => ({ model: "m", outcome: "y", predictors });
  assert.equal(dataErrorOf(() => regress(collinear, spec(["nope"]))).column, "nope");
  assert.equal(dataErrorOf(() => regress(collinear, spec(["x1", "x1"]))).column, "x1");
  assert.equal(dataErrorOf(() => regress(collinear, spec(["y"]))).column, "y");
  const inf = {
    ...collinear,
    x1: Float64Array.from(collinear.x1, (v, i) => i === 2 ? Infinity : v),
  };
  assert.equal(dataErrorOf(() => regress(inf, spec(["x1"]))).column, "x1");
});

Deno.test("intercept-only model: F and Breusch-Pagan are null with notes; the mean and its SE are given", () => {
  const r = regress(collinear, { model: "m", outcome: "y", predictors: [] });
  const y = collinear.y;
  const mean = y.reduce((s, v) => s + v, 0) / 8;
  const sd = Math.sqrt(y.reduce((s, v) => s + (v - mean) ** 2, 0) / 7);
  assert.ok(Math.abs(r.terms[0].estimate - mean) < 1e-12);
  assert.ok(Math.abs(r.terms[0].stdError - sd / Math.sqrt(8)) < 1e-12);
  assert.equal(r.fStatistic, null);
  assert.equal(r.pValue, null);
  assert.equal(r.df1, 0);
  assert.equal(r.diagnostics.breuschPagan, null);
  assert.ok(r.notes.some((n) => n.startsWith("Breusch-Pagan test: null")));
});

Deno.test("a leverage of 1 makes HC3 undefined: robust is null and a note says why", () => {
  const data = {
    y: new Float64Array([2.3, 1.9, 3.1, 2.8, 4.0, 3.7, 5.2]),
    x: new Float64Array([1, 2, 3, 4, 5, 6, 7]),
    d: new Float64Array([0, 0, 0, 1, 0, 0, 0]),
  };
  const r = regress(data, { model: "m", outcome: "y", predictors: ["x", "d"] });
  assert.ok(r.terms.every((t) => t.robust === null));
  assert.ok(r.notes.some((n) => n.startsWith("HC3 standard errors are undefined")));
  assert.equal(r.diagnostics.studentizedResiduals[3], null);
});

Deno.test("Shapiro-Wilk is null (with a note) for fewer than 3 residuals", () => {
  const data = { y: new Float64Array([1.5, 2.5]) };
  const r = regress(data, { model: "m", outcome: "y", predictors: [] });
  assert.equal(r.diagnostics.shapiroWilk, null);
  assert.ok(r.notes.some((n) => n.includes("defined for 3 to 5000 residuals (n = 2)")));
});
