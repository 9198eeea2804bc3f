/**
 * Scatterplot of two scale scores with the least-squares line of the plotted pair.
 * @module
 */
import { formatNumber } from "../apa.ts";
import type { ChartDef } from "./figure.ts";
import { ACCENT, INK, themed } from "./theme.ts";

/** One variable of a scatterplot: display name and values (NaN = not scored). */
export interface ScatterAxis {
  name: string;
  values: ArrayLike<number>;
}

/**
 * A scatterplot of `y` against `x` over the participants scored on both, with the
 * ordinary least-squares line of y on x drawn by Vega-Lite's `regression` transform
 * (display only: the tables report the model estimates, which may adjust for covariates).
 */
export function scatterChart(ids: string[], x: ScatterAxis, y: ScatterAxis): ChartDef {
  const points: { id: string; x: number; y: number }[] = [];
  for (let i = 0; i < ids.length; i++) {
    const xi = x.values[i];
    const yi = y.values[i];
    if (Number.isFinite(xi) && Number.isFinite(yi)) points.push({ id: ids[i], x: xi, y: yi });
  }
  const xEnc = { field: "x", type: "quantitative", title: x.name, scale: { zero: false } };
  const yEnc = { field: "y", type: "quantitative", title: y.name, scale: { zero: false } };
  const title = `${y.name} by ${x.name}`;
  const description = `Scatterplot of ${y.name} (vertical) against ${x.name} (horizontal) ` +
    `for ${points.length} participants, with a straight least-squares line.`;
  const spec = themed({
    width: 300,
    height: 240,
    data: { values: points },
    layer: [
      {
        mark: { type: "circle", size: 30, opacity: 0.6, color: INK },
        encoding: { x: xEnc, y: yEnc },
      },
      {
        transform: [{ regression: "y", on: "x", method: "linear" }],
        mark: { type: "line", color: ACCENT, strokeWidth: 2 },
        encoding: { x: xEnc, y: yEnc },
      },
    ],
  }, description);
  return {
    spec,
    title,
    description,
    note: `Each point is one participant (n = ${points.length}). ` +
      "The line is the least-squares fit of the plotted pair, unadjusted for other variables.",
    data: {
      head: ["Participant", x.name, y.name],
      rows: points.map((p) => [p.id, formatNumber(p.x), formatNumber(p.y)]),
      numeric: [false, true, true],
    },
  };
}
