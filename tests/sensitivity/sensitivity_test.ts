import assert from "node:assert/strict";
import { mediationSensitivity } from "../../pipeline/sensitivity/sensitivity.ts";
import { rhoGrid } from "../../pipeline/sensitivity/options.ts";
import { DataError } from "../../pipeline/errors.ts";
import { assertAllClose, assertClose, readInput, readReference } from "./_helpers.ts";

const ref = readReference();
const input = readInput();
/** Team rule for closed-form quantities. */
const REL = 1e-9;

for (const c of ref.cases) {
  const result = mediationSensitivity(input, {
    x: "x",
    m: "m",
    y: "y",
    covariates: c.covariates,
  }, { rhoStep: c.rhoStep, confLevel: c.confLevel });
  const estimates = result.rows.map((r) => r.estimate);
  // ACME(ρ) crosses 0: judge every value on the scale of the largest one.
  const scale = Math.max(...c.paper.map(Math.abs));

  Deno.test(`mediationSensitivity() uses medsens's ρ grid seq(-1 + step, 1 - step, step) (${c.name})`, () => {
    assertAllClose(result.rows.map((r) => r.rho), c.rho, 0, "rho", 1e-14);
    assert.deepEqual(rhoGrid(c.rhoStep), Float64Array.from(result.rows.map((r) => r.rho)));
  });

  Deno.test(`mediationSensitivity() ACME(ρ) matches Imai-Keele-Yamamoto's closed form computed in R from lm fits (${c.name})`, () => {
    assertAllClose(estimates, c.paper, REL, "ACME", REL * scale);
  });

  Deno.test(`mediationSensitivity() matches medsens's iterated FGLS run to convergence: ACME and interval (${c.name})`, () => {
    // An iteration stopped at rounding level (R's |change| stops shrinking): 1e-8, not 1e-9.
    const f = c.fglsConverged;
    assertAllClose(estimates, f.estimate, 1e-8, "ACME", 1e-8 * scale);
    assertAllClose(result.rows.map((r) => r.confLow), f.confLow, 1e-8, "confLow", 1e-8 * scale);
    assertAllClose(result.rows.map((r) => r.confHigh), f.confHigh, 1e-8, "confHigh", 1e-8 * scale);
  });

  Deno.test(`mediationSensitivity() differs from medsens's early-stopped iteration by less than 1.2e-3, as its note says (${c.name})`, () => {
    const gap = Math.max(...estimates.map((e, i) => Math.abs(e - c.fglsMedsensEps.estimate[i])));
    assert.ok(gap < 1.2e-3, `gap ${gap}`);
    assertClose(gap, c.maxAbsDiffMedsensEpsVsConverged, 1e-6, "gap as measured in R");
  });

  Deno.test(`mediationSensitivity() rhoAtZero, R² thresholds and R² products match R (${c.name})`, () => {
    assertClose(result.rhoAtZero, c.rhoAtZero, REL, "rhoAtZero");
    assertClose(result.r2StarAtZero, c.r2StarAtZero, REL, "r2StarAtZero");
    assertClose(result.r2TildeAtZero, c.r2TildeAtZero, REL, "r2TildeAtZero");
    assertClose(result.rSquaredM, c.rSquaredM, REL, "R² M");
    assertClose(result.rSquaredY, c.rSquaredY, REL, "R² Y");
    assertAllClose(result.rows.map((r) => r.r2StarProd), c.r2StarProd, REL, "R2star.prod", 1e-15);
    assertAllClose(result.rows.map((r) => r.r2TildeProd), c.r2TildeProd, REL, "R2tilde", 1e-15);
  });

  Deno.test(`mediationSensitivity() drops incomplete rows listwise as lm does (${c.name})`, () => {
    assert.equal(result.nobs, c.nobs);
    assert.deepEqual(result.droppedRows, c.droppedRows);
    assert.deepEqual(result.covariates, c.covariates);
    assert.equal(result.confLevel, c.confLevel);
  });

  Deno.test(`mediationSensitivity() at ρ = 0 equals a·b of the two lm fits (${c.name})`, () => {
    const zero = result.rows.find((r) => Math.abs(r.rho) < 1e-12)!;
    assertClose(zero.estimate, c.ab, 1e-12, "ACME(0)");
    assertClose(result.estimateAtRhoZero, c.ab, 1e-12, "estimateAtRhoZero");
  });

  Deno.test(`mediationSensitivity() ACME changes sign between the grid points around rhoAtZero (${c.name})`, () => {
    const rho0 = result.rhoAtZero!;
    const k = result.rows.findIndex((r) => r.rho > rho0);
    assert.ok(k > 0);
    const [below, above] = [result.rows[k - 1], result.rows[k]];
    assert.ok(below.estimate > 0 && above.estimate < 0, `${below.estimate} ${above.estimate}`);
    assert.ok(result.rows.every((r) => r.confLow < r.estimate && r.estimate < r.confHigh));
  });
}

const simple = () => ({ x: "x", m: "m", y: "y", covariates: [] as string[] });

Deno.test("mediationSensitivity() default grid has 199 values from -0.99 to 0.99 and 95% intervals", () => {
  const r = mediationSensitivity(input, simple());
  assert.equal(r.rows.length, 199);
  assert.equal(r.rhoStep, 0.01);
  assert.equal(r.confLevel, 0.95);
  assertClose(r.rows[0].rho, -0.99, 0, "first", 1e-15);
  assertClose(r.rows[198].rho, 0.99, 0, "last", 1e-15);
  assert.ok(r.note.includes("medsens"));
});

Deno.test("mediationSensitivity() rejects an exactly fitted outcome (dataset: y = x + 2m)", () => {
  const data = { ...input, y: input.x.map((v, i) => v + 2 * input.m[i]) };
  assert.throws(
    () => mediationSensitivity(data, simple()),
    (e: unknown) => e instanceof DataError && e.stage === "sensitivity" && e.column === "y",
  );
});

Deno.test("mediationSensitivity() rejects an exactly fitted mediator as collinear (dataset: m = 2x + 1)", () => {
  const data = { ...input, m: input.x.map((v) => 2 * v + 1) };
  assert.throws(
    () => mediationSensitivity(data, simple()),
    (e: unknown) => e instanceof DataError && e.stage === "regress",
  );
});

Deno.test("mediationSensitivity() rejects a constant column (dataset: y constant) like mediate()", () => {
  const data = { ...input, y: new Float64Array(input.y.length).fill(3) };
  assert.throws(
    () => mediationSensitivity(data, simple()),
    (e: unknown) => e instanceof DataError && e.stage === "mediate" && e.column === "y",
  );
});

Deno.test("mediationSensitivity() rejects collinear predictors (dataset: covariate = 2·x)", () => {
  const data = { ...input, c2: input.x.map((v) => 2 * v) };
  assert.throws(
    () => mediationSensitivity(data, { ...simple(), covariates: ["c2"] }),
    (e: unknown) => e instanceof DataError && e.stage === "regress",
  );
});

Deno.test("mediationSensitivity() rejects n < 4 complete rows (dataset: 3 rows)", () => {
  const data = {
    x: new Float64Array([1, 2, 3]),
    m: new Float64Array([2, 1, 3]),
    y: new Float64Array([3, 1, 2]),
  };
  assert.throws(
    () => mediationSensitivity(data, simple()),
    (e: unknown) => e instanceof DataError && e.stage === "mediate",
  );
});

Deno.test("mediationSensitivity() rejects bad options as DataError stage options", () => {
  for (const options of [{ rhoStep: 0 }, { rhoStep: 1 }, { rhoStep: NaN }, { confLevel: 1 }]) {
    assert.throws(
      () => mediationSensitivity(input, simple(), options),
      (e: unknown) => e instanceof DataError && e.stage === "options",
      JSON.stringify(options),
    );
  }
});

Deno.test("mediationSensitivity() results hold no NaN or Infinity and every key", () => {
  const r = mediationSensitivity(input, { ...simple(), covariates: ["c"] }, { rhoStep: 0.05 });
  const json = JSON.stringify(r);
  assert.ok(!json.includes("null"), "no null: every value applies to these data");
  for (const row of r.rows) {
    assert.deepEqual(Object.keys(row).sort(), [
      "confHigh",
      "confLow",
      "estimate",
      "r2StarProd",
      "r2TildeProd",
      "rho",
    ]);
    assert.ok(Object.values(row).every(Number.isFinite));
  }
});
