/**
 * Sensitivity of the indirect effect to mediator–outcome confounding: ACME(ρ) over ρ with
 * its confidence band (Imai, Keele & Yamamoto, 2010).
 * @module
 */
import { formatBounded, formatLevel, formatNumber } from "../apa.ts";
import type { SensitivitySummary } from "../../results/types.ts";
import type { ChartDef } from "./figure.ts";
import { ACCENT, INK, themed } from "./theme.ts";

/**
 * The vertical axis spans the band over |ρ| ≤ this value (and 0): ACME(ρ) grows without
 * bound as |ρ| → 1, and a full axis would flatten the region where it crosses zero.
 */
export const SENSITIVITY_VIEW_RHO = 0.8;

/** Names shown in the chart: the mediator's and the outcome's. */
export interface SensitivityNames {
  m: string;
  y: string;
}

/** The vertical range drawn: the band over |ρ| ≤ {@link SENSITIVITY_VIEW_RHO}, and 0. */
export function sensitivityDomain(s: SensitivitySummary): [number, number] {
  let low = 0;
  let high = 0;
  for (const r of s.rows) {
    if (Math.abs(r.rho) > SENSITIVITY_VIEW_RHO + 1e-9) continue;
    low = Math.min(low, r.confLow, r.estimate);
    high = Math.max(high, r.confHigh, r.estimate);
  }
  return [low, high];
}

/**
 * Line of ACME(ρ) with its band over the ρ grid, a horizontal rule at 0 and a vertical
 * rule at the ρ where ACME(ρ) = 0 (when defined). Marks are clipped to
 * {@link sensitivityDomain}; the data table holds every row.
 */
export function sensitivityChart(s: SensitivitySummary, names: SensitivityNames): ChartDef {
  const level = formatLevel(s.confLevel);
  const rows = s.rows.map((r) => ({
    rho: r.rho,
    estimate: r.estimate,
    low: r.confLow,
    high: r.confHigh,
  }));
  const domain = sensitivityDomain(s);
  const cut = s.rows.some((r) => r.confLow < domain[0] || r.confHigh > domain[1]);
  const x = {
    field: "rho",
    type: "quantitative",
    title: `ρ: correlation of the errors of the ${names.m} and ${names.y} models`,
    scale: { domain: [-1, 1] },
    axis: { values: [-1, -0.5, 0, 0.5, 1], format: ".1f" },
  };
  const yScale = { domain, nice: true };
  const layer: Record<string, unknown>[] = [
    {
      mark: { type: "area", color: INK, opacity: 0.2, clip: true },
      encoding: {
        x,
        y: {
          field: "low",
          type: "quantitative",
          title: "ACME(ρ), the indirect effect",
          scale: yScale,
        },
        y2: { field: "high" },
      },
    },
    {
      mark: { type: "line", color: INK, strokeWidth: 2, clip: true },
      encoding: { x, y: { field: "estimate", type: "quantitative" } },
    },
    {
      data: { values: [{ zero: 0 }] },
      mark: { type: "rule", color: "#555555" },
      encoding: { y: { field: "zero", type: "quantitative" } },
    },
  ];
  if (s.rhoAtZero !== null) {
    const at = [{ rho: s.rhoAtZero, label: `ρ = ${formatNumber(s.rhoAtZero)}` }];
    layer.push(
      {
        data: { values: at },
        mark: { type: "rule", color: ACCENT, strokeDash: [5, 3], strokeWidth: 1.5 },
        encoding: { x: { field: "rho", type: "quantitative" } },
      },
      {
        data: { values: at },
        mark: { type: "text", color: ACCENT, align: "left", baseline: "top", dx: 4, fontSize: 11 },
        encoding: {
          x: { field: "rho", type: "quantitative" },
          y: { value: 4 },
          text: { field: "label" },
        },
      },
    );
  }
  const crossing = s.rhoAtZero === null
    ? "ACME(ρ) is zero at every ρ (the a path is exactly zero)"
    : `a dashed vertical line at ρ = ${formatNumber(s.rhoAtZero)}, where ACME(ρ) is zero`;
  const description = `Line chart of the average causal mediation effect ACME(ρ) through ` +
    `${names.m} against ρ from ${formatNumber(s.rows[0]?.rho ?? -1)} to ` +
    `${formatNumber(s.rows.at(-1)?.rho ?? 1)}, with its ${level} confidence band, a ` +
    `horizontal line at zero and ${crossing}. At ρ = 0 the ACME is ` +
    `${formatNumber(s.estimateAtRhoZero)}.`;
  // One copy of the rows, shared by the band and the line.
  const spec = themed({ width: 460, height: 260, data: { values: rows }, layer }, description);
  return {
    spec,
    title: `Indirect effect through ${names.m} as a function of the error correlation ρ`,
    description,
    note: `Shaded: ${level} confidence band. ρ = 0 is the assumption of the mediation ` +
      "analysis (no unmeasured confounder of mediator and outcome)." +
      (cut
        ? ` The vertical axis shows the band for |ρ| ≤ ${formatNumber(SENSITIVITY_VIEW_RHO, 1)};` +
          " beyond it ACME(ρ) grows without bound as |ρ| approaches 1 (every value is in the " +
          "data table)."
        : ""),
    data: {
      head: ["ρ", "ACME(ρ)", `${level} CI low`, `${level} CI high`, "R²*M·R²*Y"],
      rows: s.rows.map((r) => [
        formatNumber(r.rho),
        formatNumber(r.estimate, 3),
        formatNumber(r.confLow, 3),
        formatNumber(r.confHigh, 3),
        formatBounded(r.r2StarProd),
      ]),
      numeric: [true, true, true, true, true],
    },
  };
}
