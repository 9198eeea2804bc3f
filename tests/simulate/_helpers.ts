/**
 * Helpers of the simulator tests: run the simulator into a string, split the CSV.
 * @module
 */
import { _simulateCsv } from "../../pipeline/simulate/simulate_csv.ts";
import type { SimulateOptions, SimulationSummary } from "../../pipeline/simulate/mod.ts";
import type { Study } from "../../pipeline/study/types.ts";

/** Runs the simulator and returns the whole text, the chunks and the summary. */
export async function simulateText(
  study: Study,
  options: SimulateOptions,
  chunkChars = 64 * 1024,
): Promise<{ text: string; chunks: string[]; summary: SimulationSummary }> {
  const chunks: string[] = [];
  const summary = await _simulateCsv(study, options, (chunk) => {
    chunks.push(chunk);
  }, chunkChars);
  return { text: chunks.join(""), chunks, summary };
}

/**
 * Splits simulator output into lines (index 0 = row 1, the header) and cells. The
 * simulator's files hold no quoted fields (the tests assert it), so a plain split is exact.
 */
export function splitCsv(text: string): string[][] {
  if (text.includes('"')) throw new Error("quoted fields: use a CSV parser");
  return text.slice(0, -1).split("\n").map((line) => line === "" ? [] : line.split(","));
}

/** Pearson correlation of two equally long arrays. */
export function pearson(x: number[], y: number[]): number {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n, my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** Hex SHA-256 of bytes or text. */
export async function sha256(data: Uint8Array<ArrayBuffer> | string): Promise<string> {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}
