/**
 * Histogram of the bootstrap draws of an indirect effect, with the point estimate and
 * every interval's bounds marked.
 * @module
 */
import { formatCount, formatNumber } from "../apa.ts";
import type { ChartDef } from "./figure.ts";
import { INK, themed } from "./theme.ts";

/** An interval to mark on the histogram. */
export interface MarkedInterval {
  method: string;
  low: number | null;
  high: number | null;
}

/** Equal-width bins over [min, max] of `values` (a value at max falls in the last bin). */
export function binCounts(
  values: ArrayLike<number>,
  bins: number,
): { start: number; end: number; count: number }[] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    if (values[i] < min) min = values[i];
    if (values[i] > max) max = values[i];
  }
  if (values.length === 0) return [];
  // All draws equal: one bin around the value.
  if (max === min) {
    const half = min === 0 ? 0.5 : Math.abs(min) / 2;
    return [{ start: min - half, end: max + half, count: values.length }];
  }
  const width = (max - min) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < values.length; i++) {
    counts[Math.min(bins - 1, Math.floor((values[i] - min) / width))] += 1;
  }
  return counts.map((count, k) => ({
    start: min + k * width,
    end: k === bins - 1 ? max : min + (k + 1) * width,
    count,
  }));
}

/**
 * Histogram of `draws` (40 equal-width bins), a solid line at the estimate and dashed
 * lines at the bounds of each interval, coloured by method.
 */
export function bootstrapHistogramChart(
  effectName: string,
  draws: ArrayLike<number>,
  estimate: number | null,
  intervals: MarkedInterval[],
): ChartDef {
  const bins = binCounts(draws, 40);
  const lines: { label: string; value: number; kind: string }[] = [];
  if (estimate !== null) lines.push({ label: "point estimate", value: estimate, kind: "estimate" });
  for (const interval of intervals) {
    for (const value of [interval.low, interval.high]) {
      if (value !== null) lines.push({ label: interval.method, value, kind: "bound" });
    }
  }
  const labels = [...new Set(lines.map((l) => l.label))];
  const description = `Histogram of ${formatCount(draws.length)} bootstrap estimates of the ` +
    `${effectName}, with vertical lines at the point estimate and at the bounds of ` +
    `${intervals.length} confidence intervals.`;
  const spec = themed({
    width: 420,
    height: 220,
    layer: [
      {
        data: { values: bins },
        mark: { type: "rect", color: INK, opacity: 0.55, stroke: "white", strokeWidth: 0.5 },
        encoding: {
          x: {
            field: "start",
            type: "quantitative",
            title: `Bootstrap estimate of the ${effectName}`,
          },
          x2: { field: "end" },
          y: { field: "count", type: "quantitative", title: "Resamples" },
        },
      },
      {
        data: { values: lines },
        mark: { type: "rule", strokeWidth: 2 },
        encoding: {
          x: { field: "value", type: "quantitative" },
          color: {
            field: "label",
            type: "nominal",
            title: "Line",
            scale: { domain: labels, scheme: "dark2" },
          },
          strokeDash: {
            field: "kind",
            type: "nominal",
            scale: { domain: ["estimate", "bound"], range: [[1, 0], [5, 3]] },
            legend: null,
          },
        },
      },
    ],
  }, description);
  return {
    spec,
    title: `Bootstrap distribution of the ${effectName}`,
    description,
    note: `${formatCount(draws.length)} resamples in 40 equal-width bins. ` +
      "Solid line: point estimate; dashed lines: interval bounds, by method.",
    data: {
      head: ["Bin from", "Bin to", "Resamples"],
      rows: bins.map((
        b,
      ) => [formatNumber(b.start, 3), formatNumber(b.end, 3), formatCount(b.count)]),
      numeric: [true, true, true],
    },
  };
}
