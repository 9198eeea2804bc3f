/**
 * `deno task bench`: our bootstrap engine side by side with its peers, on the same data in
 * the same run; writes bench/out/bench.json, bench/out/bench.svg and prints the table.
 *
 * Benchmarks (X → M → Y, seed 20140801):
 * - N = 72 (the mediation fixture), B = 10,000, percentile + BC + BCa: ours (mediate()),
 *   the C loop (same draws, bit for bit: checked), NumPy (vectorised), a Python loop over
 *   statsmodels, R boot + lm, R lavaan (se = "bootstrap"). Slow peers run fewer resamples
 *   and are scaled linearly to B (their time per resample is constant): the table says so.
 * - N = 1,000,000, B = 1,000: ours (mediate(), every interval; peak memory of this process)
 *   and the C loop; NumPy with fewer resamples, scaled.
 * Times are medians over repetitions, each implementation timing itself after loading its
 * libraries and data (start-up excluded, for every one). A peer that is not installed is
 * marked "not run".
 *
 * Options: --quick (fewer repetitions, no N = 1,000,000), --no-large, --full (slow peers at
 * the full B).
 * @module
 */
import os from "node:os";
import process from "node:process";
import { renderVegaLite } from "../pipeline/report/svg.ts";
import { OUT, smallData, syntheticData } from "./data.ts";
import { largeRun, smallRuns } from "./ours.ts";
import {
  bootLmPeer,
  compileC,
  cPeer,
  lavaanPeer,
  numpyPeer,
  type Peer,
  runJson,
  runPeer,
  statsmodelsPeer,
} from "./peers.ts";
import { addRatios, type BenchRow, chartSpec, markdownTable, row } from "./report.ts";

const SEED = 20140801;
const SMALL = "N = 72, B = 10,000";
const LARGE = "N = 1,000,000, B = 1,000";
const OURS = "ours: mediate(), percentile + BC + BCa";
const OURS_LARGE = "ours: mediate(), every interval";

const args = new Set(Deno.args);
const quick = args.has("--quick");
const large = !quick && !args.has("--no-large");
const full = args.has("--full");
const reps = quick ? 5 : 21;

const rows: BenchRow[] = [];
const notes: string[] = [];
const cError = await compileC();
let peakMb: number | null = null;

const small = await smallData();
const ours = smallRuns(small, 10000, SEED, reps);
for (const run of ours.runs) rows.push(row(SMALL, run.name, 10000, 10000, run.ms, ""));
rows.find((r) => r.implementation === OURS)!.note = `first (cold) call ${
  ours.coldMs.toFixed(0)
} ms`;
const c = cError === null ? await runJson(cPeer(small.file, 10000, SEED, reps)) : null;
const check = ours.runs[0].check!;
if (c !== null) {
  const same = c.sumIndirect === check.sum && c.firstIndirect === check.first &&
    c.lastIndirect === check.last;
  rows.push(
    row(
      SMALL,
      "C loop (cc -O3)",
      10000,
      10000,
      c.totalMs as number[],
      same ? "draws identical to ours (checked)" : "DRAWS DIFFER FROM OURS",
    ),
  );
  rows.push(
    row(SMALL, "C loop, resampling only", 10000, 10000, c.resamplingMs as number[], "no intervals"),
  );
} else rows.push(row(SMALL, "C loop (cc -O3)", 10000, 10000, [], `not run: ${cError}`));
await _peer(
  SMALL,
  10000,
  numpyPeer(small.file, 10000, quick ? 3 : 9, 10000),
  null,
  "all resamples at once",
);
const slow = (b: number) => (full ? 10000 : b);
await _peer(SMALL, 10000, statsmodelsPeer(small.file, slow(1000), quick ? 1 : 3), null, "");
await _peer(SMALL, 10000, bootLmPeer(small.file, slow(1000), quick ? 1 : 3), null, "");
await _peer(SMALL, 10000, lavaanPeer(small.file, slow(200), 1), null, "");
addRatios(rows, SMALL, OURS);

// The large benchmark second (JIT state: the small one runs in a fresh process, as users
// run it); the peak memory is the process's, mostly mediate() on the large data.
if (large) {
  const data = await syntheticData(1_000_000);
  const before = _memoryMb("VmRSS");
  const ours = largeRun(data, 1000, SEED);
  peakMb = _memoryMb("VmHWM");
  rows.push(
    row(LARGE, OURS_LARGE, 1000, 1000, ours.ms, `peak RSS ${_mb(peakMb)} (before: ${_mb(before)})`),
  );
  await _peer(LARGE, 1000, cPeer(data.file, 1000, SEED, 1), cError, "same draws, no Monte Carlo");
  await _peer(LARGE, 1000, numpyPeer(data.file, 20, 1, 1), null, "20 resamples, scaled");
  addRatios(rows, LARGE, OURS_LARGE);
}

const machine = _machine();
const table = markdownTable(rows);
console.log(`Machine: ${machine.cpu}, ${machine.cores} cores; Deno ${Deno.version.deno}\n`);
console.log(table);
for (const note of notes) console.log(note);
await Deno.mkdir(OUT, { recursive: true });
await Deno.writeTextFile(
  `${OUT}/bench.json`,
  JSON.stringify({ machine, seed: SEED, peakMb, rows, notes }, null, 2) + "\n",
);
const chart = await renderVegaLite(chartSpec(rows), {
  id: "bench",
  title: "Bootstrap of an indirect effect: our engine and its peers",
  description: "Median milliseconds per benchmark and implementation, log scale",
});
// renderVegaLite's SVG is made to sit inside HTML; a file of its own needs the namespace.
const svg = chart.svg.includes("xmlns=")
  ? chart.svg
  : chart.svg.replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ');
await Deno.writeTextFile(`${OUT}/bench.svg`, svg);
await Deno.writeTextFile(`${OUT}/bench.md`, table + "\n");
console.log(`\nwritten: ${OUT}/bench.json, ${OUT}/bench.svg, ${OUT}/bench.md`);

/** Runs a peer and adds its row (scaled to `target` resamples when it ran fewer). */
async function _peer(
  benchmark: string,
  target: number,
  peer: Peer,
  skip: string | null,
  note: string,
): Promise<void> {
  if (skip !== null) {
    rows.push(row(benchmark, peer.name, peer.resamples, target, [], `not run: ${skip}`));
    return;
  }
  const run = await runPeer(peer);
  const scaled = peer.resamples !== target && run.notRun === null
    ? `${peer.resamples.toLocaleString("en")} resamples, scaled`
    : "";
  const text = run.notRun !== null
    ? `not run: ${run.notRun}`
    : [note || scaled, run.version].filter((s) => s).join("; ");
  rows.push(row(benchmark, peer.name, peer.resamples, target, run.ms, text));
}

function _machine() {
  let cpu = "unknown CPU";
  try {
    const cpus = os.cpus(); // needs --allow-sys=cpus
    cpu = cpus[0].speed > 0 ? `${cpus[0].model} (${cpus[0].speed} MHz)` : cpus[0].model;
  } catch { /* not allowed: unknown */ }
  return {
    cpu,
    cores: navigator.hardwareConcurrency,
    os: `${Deno.build.os} ${Deno.build.arch}`,
    deno: Deno.version.deno,
    v8: Deno.version.v8,
  };
}

/** Resident memory in MB: now (VmRSS), or the process's peak so far (getrusage's maxrss). */
function _memoryMb(field: "VmRSS" | "VmHWM"): number {
  return field === "VmRSS"
    ? Deno.memoryUsage().rss / 1024 ** 2
    : process.resourceUsage().maxRSS / 1024;
}

function _mb(value: number): string {
  return `${value.toFixed(0)} MB`;
}
