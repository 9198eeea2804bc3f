/**
 * The benchmark data sets, written once under bench/out/ as `x,m,y` CSV files so that every
 * peer reads the same numbers.
 * @module
 */
import { IndexStream } from "../pipeline/mediate/mod.ts";

/** A data set of the benchmark: three columns and the CSV file the peers read. */
export interface BenchData {
  name: string;
  x: Float64Array;
  m: Float64Array;
  y: Float64Array;
  /** Path of the CSV copy (header `x,m,y`), relative to the repository root. */
  file: string;
}

/** Output folder of the benchmark (git-ignored). */
export const OUT = "bench/out";

/**
 * The N = 72 fixture of the mediation tests (tests/fixtures/mediate/data.csv): X = rprs,
 * M = wai, Y = ras, the values the engine's R checks use.
 */
export async function smallData(): Promise<BenchData> {
  const text = await Deno.readTextFile("tests/fixtures/mediate/data.csv");
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const names = header.split(",");
  const column = (name: string) => {
    const j = names.indexOf(name);
    return Float64Array.from(lines, (line) => Number(line.split(",")[j]));
  };
  return await _withFile("n72", column("rprs"), column("wai"), column("ras"));
}

/**
 * N synthetic rows of X → M → Y (a = 0.4, b = 0.3, c′ = 0.1, normal errors) from
 * `createRng(seed)`'s normal stream, rounded to 6 decimals (what the CSV holds).
 */
export async function syntheticData(n: number, seed = 1): Promise<BenchData> {
  const rng = new IndexStream(seed);
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  const x = new Float64Array(n), m = new Float64Array(n), y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = round(rng.nextNormal());
    m[i] = round(0.4 * x[i] + rng.nextNormal());
    y[i] = round(0.3 * m[i] + 0.1 * x[i] + rng.nextNormal());
  }
  return await _withFile(`n${n}`, x, m, y);
}

async function _withFile(
  name: string,
  x: Float64Array,
  m: Float64Array,
  y: Float64Array,
): Promise<BenchData> {
  const file = `${OUT}/${name}.csv`;
  await Deno.mkdir(OUT, { recursive: true });
  // Written in chunks: a million lines as one string would dominate the memory measured later.
  using handle = await Deno.open(file, { write: true, create: true, truncate: true });
  const encoder = new TextEncoder();
  await handle.write(encoder.encode("x,m,y\n"));
  for (let start = 0; start < x.length; start += 10000) {
    let chunk = "";
    const end = Math.min(x.length, start + 10000);
    for (let i = start; i < end; i++) chunk += `${x[i]},${m[i]},${y[i]}\n`;
    const bytes = encoder.encode(chunk);
    for (let written = 0; written < bytes.length;) {
      written += await handle.write(bytes.subarray(written));
    }
  }
  return { name, x, m, y, file };
}
