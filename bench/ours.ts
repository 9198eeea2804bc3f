/**
 * Timings of our engine, in this process: warm repetitions (after a first, unoptimised call)
 * of `mediate()` and of the bootstrap engine alone.
 * @module
 */
import {
  bcaInterval,
  bcInterval,
  bootstrapCrossProducts,
  buildPathModel,
  fullSampleStatistics,
  jackknifeAcceleration,
  jackknifeCrossProducts,
  mediate,
  OrderStatistics,
  pathStatistic,
  percentileInterval,
} from "../pipeline/mediate/mod.ts";
import type { BenchData } from "./data.ts";

/** One of our measurements: repetition times and what was run. */
export interface OurRun {
  name: string;
  resamples: number;
  ms: number[];
  /** Sum, first and last of the indirect-effect draws (checked against the C loop). */
  check: { sum: number; first: number; last: number } | null;
}

const SPEC = { x: "x", m: ["m"], y: "y", covariates: [] };

/**
 * N = 72, B = `resamples`: `mediate()` with percentile, BC and BCa intervals (Monte Carlo
 * reduced to 1 draw: the C loop and NumPy do not compute it), `mediate()` with every
 * interval (10,000 Monte Carlo draws), the engine with the intervals (the C loop's work),
 * and the engine alone (draws, weighted sums, solve).
 */
export function smallRuns(data: BenchData, resamples: number, seed: number, reps: number) {
  const columns = { x: data.x, m: data.m, y: data.y };
  const model = buildPathModel(SPEC);
  const cols = [data.x, data.m, data.y];
  const statistic = pathStatistic(model, cols);
  const runs: OurRun[] = [
    {
      name: "ours: mediate(), percentile + BC + BCa",
      resamples,
      ms: [],
      check: null,
    },
    { name: "ours: mediate(), every interval incl. Monte Carlo", resamples, ms: [], check: null },
    {
      name: "ours: engine + intervals (the C loop's work)",
      resamples,
      ms: [],
      check: null,
    },
    { name: "ours: engine alone (draws, sums, solve)", resamples, ms: [], check: null },
  ];
  const tasks = [
    () => mediate(columns, SPEC, { resamples, seed, monteCarloDraws: 1 }),
    () => mediate(columns, SPEC, { resamples, seed }),
    () => _engineAndIntervals(cols, statistic, resamples, seed, data.x.length),
    () => bootstrapCrossProducts(cols, statistic, resamples, seed),
  ];
  const first = _time(tasks[0]);
  for (let rep = 0; rep < reps; rep++) {
    tasks.forEach((task, k) => runs[k].ms.push(_time(task)));
  }
  const draws = mediate(columns, SPEC, { resamples, seed, monteCarloDraws: 1 }).draws.indirect;
  runs[0].check = _check(draws);
  return { runs, coldMs: first };
}

/** One `mediate()` (percentile, BC, BCa, Monte Carlo) on large data, and its peak memory. */
export function largeRun(data: BenchData, resamples: number, seed: number): OurRun {
  const ms = _time(() => mediate({ x: data.x, m: data.m, y: data.y }, SPEC, { resamples, seed }));
  return { name: "ours: mediate(), every interval", resamples, ms: [ms], check: null };
}

/**
 * What the C loop does, through our functions: the bootstrap of the four effects, the
 * jackknife, and the percentile intervals of the four effects with the BC and BCa
 * intervals of a·b (no fits, no Sobel or Monte Carlo rows).
 */
function _engineAndIntervals(
  cols: Float64Array[],
  statistic: ReturnType<typeof pathStatistic>,
  resamples: number,
  seed: number,
  n: number,
): void {
  const boot = bootstrapCrossProducts(cols, statistic, resamples, seed);
  const full = fullSampleStatistics(cols, statistic)!;
  const jack = jackknifeCrossProducts(cols, statistic);
  boot.draws.forEach((draws, s) => {
    const ordered = new OrderStatistics(draws);
    percentileInterval(ordered, 0.95);
    if (s !== 0) return;
    bcInterval(ordered, full[0], 0.95);
    bcaInterval(ordered, full[0], jackknifeAcceleration(full[0], jack.values[0]), n, 0.95);
  });
}

function _check(draws: Float64Array) {
  let sum = 0;
  for (const v of draws) sum += v;
  return { sum, first: draws[0], last: draws[draws.length - 1] };
}

function _time(task: () => unknown): number {
  const start = performance.now();
  task();
  return performance.now() - start;
}
