/**
 * The benchmark's outputs: the rows of the table (ours and the peers, with ratios from the
 * same run), the markdown table, and the Vega-Lite chart.
 * @module
 */
import type { VegaLiteSpec } from "../pipeline/report/svg.ts";

/** One row of the table. */
export interface BenchRow {
  benchmark: string;
  implementation: string;
  /** Resamples the implementation ran. */
  resamples: number;
  /** Repetitions and their median (ms); null when not run. */
  reps: number;
  medianMs: number | null;
  /** Median scaled to the benchmark's resamples (peers run with fewer are scaled linearly). */
  scaledMs: number | null;
  /** scaledMs ÷ our reference time of the same benchmark, same run. */
  timesOurs: number | null;
  note: string;
}

/** Median of a list (the mean of the two middle values for an even count). */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Builds a row from repetition times, scaling to `target` resamples. */
export function row(
  benchmark: string,
  implementation: string,
  resamples: number,
  target: number,
  ms: number[],
  note: string,
): BenchRow {
  const med = median(ms);
  return {
    benchmark,
    implementation,
    resamples,
    reps: ms.length,
    medianMs: med,
    scaledMs: med === null ? null : (med * target) / resamples,
    timesOurs: null,
    note,
  };
}

/** Fills `timesOurs` of every row of `benchmark` relative to the row named `reference`. */
export function addRatios(rows: BenchRow[], benchmark: string, reference: string): void {
  const ours = rows.find((r) => r.benchmark === benchmark && r.implementation === reference);
  for (const r of rows) {
    if (r.benchmark !== benchmark || !ours?.scaledMs || r.scaledMs === null) continue;
    r.timesOurs = r.scaledMs / ours.scaledMs;
  }
}

/** The table in markdown. */
export function markdownTable(rows: BenchRow[]): string {
  const fmt = (v: number | null, digits: number) =>
    v === null ? "not run" : v >= 100 ? v.toFixed(0) : v.toFixed(digits);
  const lines = [
    "| benchmark | implementation | resamples run | reps | median ms | ms at the benchmark's B | × ours | note |",
    "|---|---|---:|---:|---:|---:|---:|---|",
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.benchmark} | ${r.implementation} | ${
        r.resamples.toLocaleString("en")
      } | ${r.reps} | ` +
        `${fmt(r.medianMs, 2)} | ${fmt(r.scaledMs, 2)} | ` +
        `${r.timesOurs === null ? "" : r.timesOurs.toFixed(2)} | ${r.note} |`,
    );
  }
  return lines.join("\n");
}

/** A bar chart of the scaled times (log scale), one panel per benchmark. */
export function chartSpec(rows: BenchRow[]): VegaLiteSpec {
  const values = rows.filter((r) => r.scaledMs !== null).map((r) => ({
    benchmark: r.benchmark,
    implementation: r.implementation,
    ms: r.scaledMs,
    label: r.scaledMs! >= 100 ? r.scaledMs!.toFixed(0) : r.scaledMs!.toFixed(2),
  }));
  const x = {
    field: "ms",
    type: "quantitative",
    scale: { type: "log", domainMin: 1 },
    stack: null,
    title: "milliseconds at the benchmark's resamples (log scale; lower is faster)",
  };
  const y = {
    field: "implementation",
    type: "nominal",
    sort: "x",
    title: null,
    axis: { labelLimit: 360 },
  };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    data: { values },
    facet: {
      row: {
        field: "benchmark",
        type: "nominal",
        title: null,
        header: { labelAngle: 0, labelAlign: "left", labelOrient: "top", labelFontWeight: "bold" },
      },
    },
    resolve: { scale: { y: "independent" } },
    spec: {
      width: 420,
      layer: [
        {
          mark: { type: "bar" },
          encoding: {
            y,
            x,
            // On a log scale a bar cannot start at 0: it starts at 1 ms.
            x2: { datum: 1 },
            color: {
              condition: { test: "indexof(datum.implementation, 'ours') === 0", value: "#1f5fa8" },
              value: "#9aa5b1",
            },
          },
        },
        {
          mark: { type: "text", align: "left", dx: 3 },
          encoding: { y, x, text: { field: "label" } },
        },
      ],
    },
  };
}
