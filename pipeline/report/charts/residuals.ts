/**
 * Residuals against fitted values of one regression model.
 * @module
 */
import { formatNumber } from "../apa.ts";
import type { ChartDef } from "./figure.ts";
import { ACCENT, INK, themed } from "./theme.ts";

/** Residuals (vertical) against fitted values (horizontal), with a line at zero. */
export function residualsChart(
  modelName: string,
  fitted: number[],
  residuals: number[],
): ChartDef {
  if (fitted.length !== residuals.length) {
    throw new RangeError(
      `${modelName}: ${fitted.length} fitted values, ${residuals.length} residuals`,
    );
  }
  const points = fitted.map((f, i) => ({ fitted: f, residual: residuals[i] }));
  const title = `Residuals against fitted values, ${modelName}`;
  const description = `Scatterplot of the ${points.length} residuals of ${modelName} ` +
    "against its fitted values, with a horizontal reference line at zero.";
  const spec = themed({
    width: 300,
    height: 220,
    layer: [
      {
        data: { values: points },
        mark: { type: "circle", size: 28, opacity: 0.6, color: INK },
        encoding: {
          x: {
            field: "fitted",
            type: "quantitative",
            title: "Fitted value",
            scale: { zero: false },
          },
          y: { field: "residual", type: "quantitative", title: "Residual" },
        },
      },
      {
        data: { values: [{ zero: 0 }] },
        mark: { type: "rule", color: ACCENT, strokeDash: [4, 3] },
        encoding: { y: { field: "zero", type: "quantitative" } },
      },
    ],
  }, description);
  return {
    spec,
    title,
    description,
    note: "A pattern (a curve or a funnel) suggests non-linearity or unequal variance.",
    data: {
      head: ["Fitted value", "Residual"],
      rows: points.map((p) => [formatNumber(p.fitted), formatNumber(p.residual)]),
      numeric: [true, true],
    },
  };
}
