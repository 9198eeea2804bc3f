/**
 * Normal Q–Q plot of a regression model's studentized residuals.
 * @module
 */
import { formatNumber } from "../apa.ts";
import { qnorm } from "../../stats/distributions.ts";
import type { ChartDef } from "./figure.ts";
import { ACCENT, INK, themed } from "./theme.ts";

/**
 * Plotting positions of R's `ppoints(n)`: (i − a) / (n + 1 − 2a), a = 3/8 for n ≤ 10,
 * else 1/2 (what `qqnorm` uses).
 */
export function ppoints(n: number): number[] {
  const a = n <= 10 ? 3 / 8 : 1 / 2;
  return Array.from({ length: n }, (_, i) => (i + 1 - a) / (n + 1 - 2 * a));
}

/**
 * Sorted studentized residuals (vertical) against standard normal quantiles at
 * {@link ppoints} (horizontal), as R's `qqnorm`, with the identity line for reference.
 * Undefined residuals (null) are left out.
 */
export function qqChart(modelName: string, studentized: (number | null)[]): ChartDef {
  const observed = studentized.filter((v): v is number => v !== null).sort((p, q) => p - q);
  const theoretical = ppoints(observed.length).map(qnorm);
  const points = observed.map((v, i) => ({ theoretical: theoretical[i], observed: v }));
  const ends = observed.length === 0 ? [] : [
    { theoretical: theoretical[0], observed: theoretical[0] },
    {
      theoretical: theoretical[observed.length - 1],
      observed: theoretical[observed.length - 1],
    },
  ];
  const x = { field: "theoretical", type: "quantitative", title: "Normal quantile" };
  const y = { field: "observed", type: "quantitative", title: "Studentized residual" };
  const title = `Normal Q–Q plot of studentized residuals, ${modelName}`;
  const description = `Normal quantile plot of the ${points.length} studentized residuals of ` +
    `${modelName}: sorted residuals against standard normal quantiles, with the identity line.`;
  const spec = themed({
    width: 300,
    height: 220,
    layer: [
      {
        data: { values: ends },
        mark: { type: "line", color: ACCENT, strokeDash: [4, 3] },
        encoding: { x, y },
      },
      {
        data: { values: points },
        mark: { type: "circle", size: 28, opacity: 0.6, color: INK },
        encoding: { x, y },
      },
    ],
  }, description);
  return {
    spec,
    title,
    description,
    note: "Points near the dashed identity line are consistent with normally distributed errors.",
    data: {
      head: ["Normal quantile", "Studentized residual"],
      rows: points.map((p) => [formatNumber(p.theoretical), formatNumber(p.observed)]),
      numeric: [true, true],
    },
  };
}
