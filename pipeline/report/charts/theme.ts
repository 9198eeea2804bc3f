/**
 * Shared look of the Vega-Lite charts, merged into every spec (so an embedded spec
 * reproduces its figure on its own).
 * @module
 */
import type { VegaLiteSpec } from "../svg.ts";

/** The Vega-Lite schema the specs are written for (text only: nothing is loaded). */
export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";

/** Colour of marks; colour-blind safe with {@link ACCENT}. */
export const INK = "#1f4e79";
/** Second colour (lines of fit, reference lines). */
export const ACCENT = "#c8501e";

const _CONFIG = {
  background: "white",
  // Per-mark ARIA labels would repeat the data table; the SVG gets one title and desc.
  aria: false,
  font: "sans-serif",
  padding: 8,
  view: { stroke: "#cccccc" },
  axis: { labelFontSize: 11, titleFontSize: 12, gridColor: "#e8e8e8", titleFontWeight: "normal" },
  legend: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: "normal", labelLimit: 260 },
  title: { fontSize: 13, fontWeight: "normal", anchor: "start" },
};

/** `spec` with the schema, the description and the shared config. */
export function themed(spec: VegaLiteSpec, description: string): VegaLiteSpec {
  return { $schema: VEGA_LITE_SCHEMA, description, ...spec, config: _CONFIG };
}
