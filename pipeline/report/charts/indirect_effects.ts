/**
 * The specific indirect effects of a model with several mediators, their total and their
 * contrasts, each with its interval: which mediator carries the effect, at a glance.
 * @module
 */
import { formatCi, formatLevel, formatNumber } from "../apa.ts";
import type { ChartDef } from "./figure.ts";
import { ACCENT, INK, themed } from "./theme.ts";

/** One interval to draw: a row label, its group, the estimate and the bounds. */
export interface IntervalRow {
  label: string;
  /** "Specific", "Total" or "Contrast" (the colour and the legend). */
  group: string;
  estimate: number;
  low: number | null;
  high: number | null;
}

/**
 * A dot-and-whisker chart: one row per effect (in the given order), the estimate as a
 * dot, the interval as a horizontal line, and a vertical rule at zero. Rows without both
 * bounds are drawn as a dot only.
 */
export function indirectEffectsChart(
  modelName: string,
  rows: IntervalRow[],
  method: string,
  confLevel: number,
): ChartDef {
  const level = formatLevel(confLevel);
  const values = rows.map((r) => ({ ...r }));
  const groups = [...new Set(rows.map((r) => r.group))];
  const y = {
    field: "label",
    type: "nominal",
    title: null,
    sort: rows.map((r) => r.label),
    // No truncation: vega's headless text widths are estimates that run long.
    axis: { labelLimit: 0 },
  };
  const color = {
    field: "group",
    type: "nominal",
    title: "Effect",
    scale: { domain: groups, range: [INK, "#000000", ACCENT].slice(0, groups.length) },
  };
  const description = `Dot-and-whisker chart of ${rows.length} effects of ${modelName}: ` +
    rows.map((r) => `${r.label} ${formatNumber(r.estimate)} ${formatCi(r.low, r.high)}`)
      .join("; ") +
    `. Lines are ${level} ${method} intervals; the dashed line marks zero.`;
  const spec = themed({
    width: 380,
    height: { step: 26 },
    data: { values },
    layer: [
      {
        data: { values: [{ zero: 0 }] },
        mark: { type: "rule", color: "#555555", strokeDash: [4, 3] },
        encoding: { x: { field: "zero", type: "quantitative" } },
      },
      {
        transform: [{ filter: "datum.low !== null && datum.high !== null" }],
        mark: { type: "rule", strokeWidth: 2 },
        encoding: {
          y,
          x: { field: "low", type: "quantitative", title: `Estimate and ${level} ${method} CI` },
          x2: { field: "high" },
          color,
        },
      },
      {
        mark: { type: "point", filled: true, size: 60, opacity: 1 },
        encoding: { y, x: { field: "estimate", type: "quantitative" }, color },
      },
    ],
  }, description);
  return {
    spec,
    title: `Indirect effects of ${modelName} with their ${level} ${method} intervals`,
    description,
    note: "An interval that crosses the dashed line at zero does not exclude a zero effect.",
    data: {
      head: ["Effect", "Estimate", `${level} CI`],
      rows: rows.map((r) => [r.label, formatNumber(r.estimate), formatCi(r.low, r.high)]),
      numeric: [false, true, true],
    },
  };
}
