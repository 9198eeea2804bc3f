/**
 * Timing of mediate() (not a test: figures depend on the machine). Run from the repository
 * root:
 *   deno run --allow-read tests/mediate/measure.ts small
 *     N = 72 (fixture data), B = 10,000: median of 15 warm runs of mediate() (percentile,
 *     BC, BCa, Monte Carlo with 10,000 draws), of mediate() with 1 Monte Carlo draw, and of
 *     the bootstrap engine alone; and the first (cold, unoptimised) call.
 *   /usr/bin/time -v deno run --allow-read tests/mediate/measure.ts large
 *     N = 1,000,000 synthetic rows, B = 1,000: one run of mediate(); peak RSS from time -v.
 */
import process from "node:process";
import { createRng } from "../../pipeline/random/mod.ts";
import {
  bootstrapCrossProducts,
  buildPathModel,
  mediate,
  pathStatistic,
} from "../../pipeline/mediate/mod.ts";
import { loadData } from "./_helpers.ts";

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
/** Process CPU time in ms (user + system): less sensitive than wall time to other load. */
const cpu = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const cpuTimes: number[] = [];
const time = (fn: () => unknown) => {
  const start = performance.now(), startCpu = cpu();
  fn();
  cpuTimes.push(cpu() - startCpu);
  return performance.now() - start;
};

if (Deno.args[0] === "large") {
  const n = 1_000_000;
  const rng = createRng(1);
  const x = new Float64Array(n), m = new Float64Array(n), y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = rng.nextNormal();
    m[i] = 0.4 * x[i] + rng.nextNormal();
    y[i] = 0.3 * m[i] + 0.1 * x[i] + rng.nextNormal();
  }
  const spec = { x: "x", m: ["m"], y: "y", covariates: [] };
  let result: ReturnType<typeof mediate> | null = null;
  const ms = time(() => result = mediate({ x, m, y }, spec, { resamples: 1000 }));
  const row = result!.effects.find((e) => e.method === "percentile bootstrap")!;
  console.log(
    `N = ${n}, B = 1000: mediate() ${(ms / 1000).toFixed(2)} s wall, ` +
      `${(cpuTimes[0] / 1000).toFixed(2)} s CPU`,
  );
  console.log(`indirect ${row.estimate} [${row.confLow}, ${row.confHigh}]`);
} else {
  const data = loadData();
  const spec = { x: "rprs", m: ["wai"], y: "ras", covariates: [] };
  const cold = time(() => mediate(data, spec));
  const full: number[] = [], noMc: number[] = [], engine: number[] = [];
  const model = buildPathModel(spec);
  const columns = model.names.map((name) => data[name]);
  const statistic = pathStatistic(model, columns);
  const fullCpu: number[] = [], noMcCpu: number[] = [], engineCpu: number[] = [];
  for (let run = 0; run < 15; run++) {
    full.push(time(() => mediate(data, spec)));
    fullCpu.push(cpuTimes.at(-1)!);
    noMc.push(time(() => mediate(data, spec, { monteCarloDraws: 1 })));
    noMcCpu.push(cpuTimes.at(-1)!);
    engine.push(time(() => bootstrapCrossProducts(columns, statistic, 10000, 20140801)));
    engineCpu.push(cpuTimes.at(-1)!);
  }
  const show = (wall: number[], cpuMs: number[]) =>
    `${median(wall).toFixed(2)} ms wall (min ${Math.min(...wall).toFixed(2)}), ` +
    `${median(cpuMs).toFixed(2)} ms CPU`;
  console.log(`N = 72, B = 10,000 (median of 15 warm runs):`);
  console.log(`  mediate(), all intervals incl. Monte Carlo: ${show(full, fullCpu)}`);
  console.log(`  mediate(), percentile + BC + BCa (1 MC draw): ${show(noMc, noMcCpu)}`);
  console.log(`  bootstrap engine alone: ${show(engine, engineCpu)}`);
  console.log(`  first call (cold JIT): ${cold.toFixed(2)} ms`);
}
