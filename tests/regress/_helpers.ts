/** Shared helpers of the regression tests: fixtures and a relative-tolerance assertion. */
import { AssertionError } from "node:assert";

export const FIXTURES = new URL("../fixtures/regress/", import.meta.url);

/** Tolerance of closed-form quantities against R (team rule). */
export const REL = 1e-9;

/**
 * Asserts |actual − expected| ≤ rel · max(|expected|, scale). `scale` is for entries that can
 * be near zero while their neighbours are not (e.g. off-diagonal covariances): pass the
 * magnitude of the quantity they belong to.
 */
export function assertClose(
  actual: number | null | undefined,
  expected: number,
  rel = REL,
  label = "",
  scale = 0,
): void {
  if (typeof actual !== "number" || !Number.isFinite(actual)) {
    throw new AssertionError({ message: `${label}: got ${actual}, expected ${expected}` });
  }
  const tol = rel * Math.max(Math.abs(expected), scale);
  if (!(Math.abs(actual - expected) <= tol)) {
    throw new AssertionError({
      message: `${label}: got ${actual}, expected ${expected} (rel. diff ${
        Math.abs(actual - expected) / Math.abs(expected)
      } > ${rel})`,
    });
  }
}

/** Element-wise {@link assertClose} of two vectors of the same length. */
export function assertAllClose(
  actual: ArrayLike<number | null>,
  expected: number[],
  rel = REL,
  label = "",
): void {
  if (actual.length !== expected.length) {
    throw new AssertionError({
      message: `${label}: length ${actual.length}, expected ${expected.length}`,
    });
  }
  for (let i = 0; i < expected.length; i++) {
    assertClose(actual[i], expected[i], rel, `${label}[${i}]`);
  }
}

/**
 * Asserts a p × p row-major matrix against R's (array of rows), each entry to `rel` of
 * √(V_ii V_jj) so that near-zero covariances are judged on the scale of their variances.
 */
export function assertCovarianceClose(
  actual: Float64Array,
  expected: number[][],
  rel = REL,
  label = "",
): void {
  const p = expected.length;
  if (actual.length !== p * p) {
    throw new AssertionError({ message: `${label}: size ${actual.length}, expected ${p * p}` });
  }
  for (let i = 0; i < p; i++) {
    for (let j = 0; j < p; j++) {
      const scale = Math.sqrt(Math.abs(expected[i][i] * expected[j][j]));
      assertClose(actual[i * p + j], expected[i][j], rel, `${label}[${i},${j}]`, scale);
    }
  }
}

/** A numeric CSV (header row; "NA" is NaN) as named columns. */
export function readCsv(name: string): Record<string, Float64Array> {
  const lines = Deno.readTextFileSync(new URL(name, FIXTURES)).trim().split("\n");
  const header = lines[0].split(",").map((h) => h.replaceAll('"', ""));
  const rows = lines.slice(1).map((line) => line.split(","));
  return Object.fromEntries(
    header.map((h, k) => [h, Float64Array.from(rows, (r) => (r[k] === "NA" ? NaN : Number(r[k])))]),
  );
}

/** The Shapiro-Wilk samples: sample name → values, in file order. */
export function readShapiroSamples(): Map<string, number[]> {
  const lines = Deno.readTextFileSync(new URL("shapiro_samples.csv", FIXTURES)).trim().split(
    "\n",
  );
  const samples = new Map<string, number[]>();
  for (const line of lines.slice(1)) {
    const [name, value] = line.split(",");
    const key = name.replaceAll('"', "");
    if (!samples.has(key)) samples.set(key, []);
    samples.get(key)!.push(Number(value));
  }
  return samples;
}

/** One model of reference.json (what R reports for it). */
export interface RefModel {
  outcome: string;
  predictors: string[];
  intercept: boolean;
  terms: string[];
  rowsUsed: number[];
  nobs: number;
  estimate: number[];
  stdError: number[];
  statistic: number[];
  pValue: number[];
  confLow: number[];
  confHigh: number[];
  confLow90: number[];
  confHigh90: number[];
  covariance: number[][];
  sigma: number;
  dfResidual: number;
  rSquared: number;
  adjRSquared: number;
  fStatistic: number;
  df1: number;
  df2: number;
  fPValue: number;
  fitted: number[];
  residuals: number[];
  hat: number[];
  rstudent: number[];
  cooks: number[];
  hc: Record<string, {
    covariance: number[][];
    stdError: number[];
    statistic: number[];
    pValue: number[];
    confLow: number[];
    confHigh: number[];
  }>;
  breuschPagan?: { statistic: number; df: number; pValue: number };
  shapiroWilk?: { statistic: number; pValue: number };
  vif?: number[];
  standardized?: number[];
}

export interface Reference {
  models: Record<string, RefModel>;
  shapiro: Record<string, { n: number; statistic: number; pValue: number }>;
  rank: { columns: string[]; rank: number; aliased: string[] }[];
}

export function readReference(): Reference {
  return JSON.parse(Deno.readTextFileSync(new URL("reference.json", FIXTURES)));
}

/** The complete rows of a model's columns, as ols() wants them. */
export function modelColumns(
  data: Record<string, Float64Array>,
  model: RefModel,
): { y: Float64Array; columns: { name: string; values: Float64Array }[] } {
  const pick = (v: Float64Array) => Float64Array.from(model.rowsUsed, (i) => v[i]);
  return {
    y: pick(data[model.outcome]),
    columns: model.predictors.map((name) => ({ name, values: pick(data[name]) })),
  };
}
