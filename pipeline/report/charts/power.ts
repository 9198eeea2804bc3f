/**
 * Simulated power over the sample size N, with Monte Carlo error bars, the conventional
 * .80 line and the study's own n marked.
 * @module
 */
import { formatBounded, formatCount } from "../apa.ts";
import type { PowerCurveSummary } from "../../results/types.ts";
import type { ChartDef } from "./figure.ts";
import { ACCENT, INK, themed } from "./theme.ts";

/** The conventional target power (Cohen, 1988). */
export const TARGET_POWER = 0.8;

/** Half-width of the error bars, in Monte Carlo standard errors. */
export const POWER_BAR_Z = 1.96;

/** The lower and upper end of a point's error bar, kept within [0, 1]. */
export function powerBar(point: { power: number; stdError: number }): [number, number] {
  return [
    Math.max(0, point.power - POWER_BAR_Z * point.stdError),
    Math.min(1, point.power + POWER_BAR_Z * point.stdError),
  ];
}

/**
 * Power (vertical, 0 to 1) against N: a line through the simulated points, error bars of
 * ±1.96 Monte Carlo SE, a dashed rule at .80 and, when `studyN` is one of the points, a
 * vertical rule at the study's n.
 */
export function powerChart(power: PowerCurveSummary, studyN: number | null): ChartDef {
  const points = power.points.map((p) => {
    const [low, high] = powerBar(p);
    return { n: p.n, power: p.power, low, high };
  });
  const here = power.points.find((p) => p.n === studyN);
  const x = { field: "n", type: "quantitative", title: "Sample size N" };
  const y = {
    field: "power",
    type: "quantitative",
    title: "Power",
    scale: { domain: [0, 1] },
    axis: { format: ".1f" },
  };
  const layer: Record<string, unknown>[] = [
    {
      data: { values: [{ target: TARGET_POWER }] },
      mark: { type: "rule", color: "#555555", strokeDash: [5, 3] },
      encoding: { y: { field: "target", type: "quantitative" } },
    },
    {
      mark: { type: "rule", color: INK },
      encoding: { x, y: { field: "low", type: "quantitative" }, y2: { field: "high" } },
    },
    { mark: { type: "line", color: INK, strokeWidth: 1.5 }, encoding: { x, y } },
    { mark: { type: "circle", color: INK, size: 40, opacity: 1 }, encoding: { x, y } },
  ];
  if (here) {
    const at = [{ n: here.n, label: `this study, n = ${formatCount(here.n)}` }];
    layer.push(
      {
        data: { values: at },
        mark: { type: "rule", color: ACCENT, strokeDash: [5, 3], strokeWidth: 1.5 },
        encoding: { x: { field: "n", type: "quantitative" } },
      },
      {
        data: { values: at },
        mark: { type: "text", color: ACCENT, align: "left", baseline: "bottom", dx: 4, dy: -4 },
        encoding: {
          x: { field: "n", type: "quantitative" },
          y: { value: 256 },
          text: { field: "label" },
        },
      },
    );
  }
  const ns = power.points.map((p) => p.n);
  const description = `Line chart of simulated power against sample size for N from ` +
    `${formatCount(Math.min(...ns))} to ${formatCount(Math.max(...ns))}, each point with an ` +
    `error bar of ±${POWER_BAR_Z} Monte Carlo standard errors, a dashed line at power ` +
    `${formatBounded(TARGET_POWER)}` +
    (here
      ? ` and a dashed vertical line at this study's n = ${formatCount(here.n)} (power ` +
        `${formatBounded(here.power)}).`
      : ".");
  const spec = themed({ width: 420, height: 260, data: { values: points }, layer }, description);
  return {
    spec,
    title: "Power to detect the indirect effect, by sample size",
    description,
    note: `${formatCount(power.studies)} simulated studies per N; error bars ±${POWER_BAR_Z} ` +
      `Monte Carlo SE; dashed line: power ${formatBounded(TARGET_POWER)}.`,
    data: {
      head: ["N", "Power", "Monte Carlo SE", `±${POWER_BAR_Z} SE`],
      rows: power.points.map((p) => {
        const [low, high] = powerBar(p);
        return [
          formatCount(p.n),
          formatBounded(p.power, 3),
          formatBounded(p.stdError, 3),
          `[${formatBounded(low, 3)}, ${formatBounded(high, 3)}]`,
        ];
      }),
      numeric: [true, true, true, true],
    },
  };
}
