/**
 * Heatmap of the correlation matrix (lower triangle), coloured by r.
 * @module
 */
import { formatBounded, formatCi, formatP, significanceMarks } from "../apa.ts";
import type { CorrelationRow } from "../../results/types.ts";
import type { ChartDef } from "./figure.ts";
import { themed } from "./theme.ts";

/** The variables of a set of correlations, in order of first appearance. */
export function correlationVariables(rows: CorrelationRow[]): string[] {
  const seen: string[] = [];
  for (const row of rows) {
    if (!seen.includes(row.x)) seen.push(row.x);
    if (!seen.includes(row.y)) seen.push(row.y);
  }
  return seen;
}

/** The correlation of `a` and `b` in either order, or undefined. */
export function findCorrelation(
  rows: CorrelationRow[],
  a: string,
  b: string,
): CorrelationRow | undefined {
  return rows.find((r) => (r.x === a && r.y === b) || (r.x === b && r.y === a));
}

/** Heatmap of the lower triangle: cell (i, j), i > j, shows r of variables i and j. */
export function heatmapChart(rows: CorrelationRow[], name: (id: string) => string): ChartDef {
  const variables = correlationVariables(rows);
  const names = variables.map((v, k) => `${k + 1}. ${name(v)}`);
  const cells: { row: string; column: string; r: number | null; text: string }[] = [];
  const tableRows: string[][] = [];
  for (let i = 1; i < variables.length; i++) {
    for (let j = 0; j < i; j++) {
      const c = findCorrelation(rows, variables[i], variables[j]);
      if (!c) continue;
      const text = formatBounded(c.estimate) + significanceMarks(c.pValue);
      cells.push({ row: names[i], column: names[j], r: c.estimate, text });
      tableRows.push([
        names[i],
        names[j],
        formatBounded(c.estimate),
        formatCi(c.confLow, c.confHigh, { bounded: true }),
        formatP(c.pValue),
      ]);
    }
  }
  const x = { field: "column", type: "nominal", title: null, sort: names.slice(0, -1) };
  const y = { field: "row", type: "nominal", title: null, sort: names.slice(1) };
  const description = `Heatmap of the ${cells.length} Pearson correlations among ` +
    `${variables.length} variables (lower triangle); colour runs from blue (r = −1) ` +
    "through white (0) to orange (r = 1), and each cell prints r.";
  const spec = themed({
    data: { values: cells },
    width: { step: 64 },
    height: { step: 40 },
    encoding: {
      x: { ...x, axis: { labelAngle: -40, labelLimit: 160 } },
      y: { ...y, axis: { labelLimit: 200 } },
    },
    layer: [
      {
        mark: { type: "rect", stroke: "white" },
        encoding: {
          color: {
            field: "r",
            type: "quantitative",
            title: "r",
            scale: { domain: [-1, 1], scheme: "blueorange" },
          },
        },
      },
      {
        mark: { type: "text", fontSize: 12 },
        encoding: {
          text: { field: "text", type: "nominal" },
          color: { condition: { test: "abs(datum.r) > 0.6", value: "white" }, value: "black" },
        },
      },
    ],
  }, description);
  return {
    spec,
    title: "Correlations among the scale scores",
    description,
    note: "Pearson r (pairwise complete cases). * p < .05, ** p < .01, *** p < .001 (unadjusted).",
    data: {
      head: ["Row variable", "Column variable", "r", "CI", "p"],
      rows: tableRows,
      numeric: [false, false, true, true, true],
    },
  };
}
