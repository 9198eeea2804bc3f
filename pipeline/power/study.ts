/**
 * One simulated study: its data, and the test of its indirect effect.
 * @module
 */
import {
  bcInterval,
  bootstrapCrossProducts,
  buildPathModel,
  OrderStatistics,
  pathStatistic,
  percentileInterval,
} from "../mediate/mod.ts";
import type { Rng } from "../random/mod.ts";
import { ols } from "../regress/ols.ts";
import { qnorm, qt } from "../stats/distributions.ts";
import { residualVarianceY } from "./options.ts";
import type { PowerMethod } from "./types.ts";

/** X → M → Y without covariates, as `mediate()` builds it (variables x, m, y). */
const MODEL = buildPathModel({ x: "x", m: ["m"], y: "y", covariates: [] });

/** A study's three columns (reused from study to study). */
export interface StudyData {
  x: Float64Array;
  m: Float64Array;
  y: Float64Array;
}

/** The test of one study: its interval (null for joint significance or when undefined). */
export interface StudyTest {
  confLow: number | null;
  confHigh: number | null;
  /** The indirect effect is declared non-zero: the interval excludes 0 (joint: |t_a|, |t_b| large). */
  rejects: boolean;
  /** Bootstrap resamples dropped as degenerate. */
  resamplesFailed: number;
}

/**
 * Fills `data` with one study of X → M → Y whose variables all have variance 1: row by row,
 * three draws of `rng.nextNormal()` z₁, z₂, z₃ and x = z₁, m = a·x + √(1 − a²)·z₂,
 * y = c′·x + b·m + √(1 − b² − c′² − 2abc′)·z₃ (`residualVarianceY`).
 *
 * @example
 * ```ts
 * import { simulateStudy } from "./study.ts";
 * import { createRng } from "../random/mod.ts";
 * const n = 20000;
 * const d = { x: new Float64Array(n), m: new Float64Array(n), y: new Float64Array(n) };
 * simulateStudy(createRng(1), { a: 0.5, b: 0.3, cPrime: 0.1 }, d);
 * const vy = d.y.reduce((s, v) => s + v * v, 0) / n;
 * if (Math.abs(vy - 1) > 0.05) throw new Error(`Var(Y) = ${vy}`);
 * ```
 */
export function simulateStudy(
  rng: Rng,
  paths: { a: number; b: number; cPrime: number },
  data: StudyData,
): void {
  const { a, b, cPrime } = paths;
  const sdM = Math.sqrt(1 - a * a);
  const sdY = Math.sqrt(residualVarianceY(a, b, cPrime));
  const { x, m, y } = data;
  for (let i = 0; i < x.length; i++) {
    const xi = rng.nextNormal();
    const mi = a * xi + sdM * rng.nextNormal();
    x[i] = xi;
    m[i] = mi;
    y[i] = cPrime * xi + b * mi + sdY * rng.nextNormal();
  }
}

/**
 * Tests the indirect effect of one data set exactly as `mediate()` computes the same rows,
 * through the same functions (so the two agree on any data set): â, SE_a from `ols(m ~ x)`,
 * b̂, SE_b from `ols(y ~ x + m)`;
 * - "percentile" / "bc": `bootstrapCrossProducts` of `mediate()`'s `pathStatistic` with
 *   `resamples` resamples from stream `seed` (a·b of each resample by the sweep operator),
 *   then `percentileInterval` or `bcInterval` (estimate â·b̂) at `confLevel`;
 * - "sobel": â·b̂ ± z₁₋α/₂·√(â²SE_b² + b̂²SE_a²);
 * - "joint-significance": |â/SE_a| > t₁₋α/₂(n − 2) and |b̂/SE_b| > t₁₋α/₂(n − 3) (both `lm`
 *   t tests have p < α); no interval.
 * `rejects` is true when the interval lies entirely above or below 0. An undefined interval
 * (all resamples degenerate or all draws equal; BC with every draw on one side of â·b̂) has
 * null bounds and does not reject. `ols()` errors (e.g. a constant column) propagate.
 *
 * @example
 * ```ts
 * import { testStudy } from "./study.ts";
 * const x = new Float64Array([1, 2, 3, 4, 5, 6, 7, 8]);
 * const m = new Float64Array([1.2, 1.9, 3.4, 3.8, 5.1, 6.3, 6.8, 8.1]);
 * const y = new Float64Array([0.9, 2.2, 2.8, 4.1, 5.3, 5.7, 7.2, 8.3]);
 * const t = testStudy({ x, m, y }, "sobel", 0, 0.95, 1);
 * if (!(t.confLow! < t.confHigh!) || t.resamplesFailed !== 0) throw new Error();
 * ```
 */
export function testStudy(
  data: StudyData,
  method: PowerMethod,
  resamples: number,
  confLevel: number,
  seed: number,
): StudyTest {
  const n = data.x.length;
  const fitA = ols(data.m, [{ name: "x", values: data.x }]);
  const fitB = ols(data.y, [{ name: "x", values: data.x }, { name: "m", values: data.m }]);
  const a = fitA.coefficients[1], seA = fitA.stdErrors[1];
  const b = fitB.coefficients[2], seB = fitB.stdErrors[2];
  const alpha = 1 - confLevel;
  if (method === "joint-significance") {
    const rejects = Math.abs(a / seA) > _qt(1 - alpha / 2, n - 2) &&
      Math.abs(b / seB) > _qt(1 - alpha / 2, n - 3);
    return { confLow: null, confHigh: null, rejects, resamplesFailed: 0 };
  }
  const estimate = a * b;
  if (method === "sobel") {
    const half = qnorm(1 - alpha / 2) * Math.sqrt(a * a * seB * seB + b * b * seA * seA);
    return _decide(estimate - half, estimate + half, 0);
  }
  const columns = [data.x, data.m, data.y];
  const boot = bootstrapCrossProducts(columns, pathStatistic(MODEL, columns), resamples, seed);
  const sorted = new OrderStatistics(boot.draws[MODEL.totalIndirect]);
  const interval = method === "percentile"
    ? percentileInterval(sorted, confLevel)
    : bcInterval(sorted, estimate, confLevel);
  return _decide(interval.confLow, interval.confHigh, boot.failed);
}

/** The last critical values of `qt` (a simulation asks for the same two in every study). */
const _qtCache = new Map<string, number>();

function _qt(p: number, df: number): number {
  const key = `${p} ${df}`;
  let value = _qtCache.get(key);
  if (value === undefined) {
    if (_qtCache.size > 64) _qtCache.clear();
    value = qt(p, df);
    _qtCache.set(key, value);
  }
  return value;
}

function _decide(low: number | null, high: number | null, failed: number): StudyTest {
  const rejects = low !== null && high !== null && (low > 0 || high < 0);
  return { confLow: low, confHigh: high, rejects, resamplesFailed: failed };
}
