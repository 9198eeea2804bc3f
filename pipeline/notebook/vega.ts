/**
 * Vega-Lite charts for notebooks: the spec as `application/vnd.vegalite.v5+json` (drawn
 * by JupyterLab and VS Code) plus an SVG rendered here, inside Deno, by vega's headless
 * renderer, for front ends and HTML exports that do not run Vega. vega and vega-lite are
 * imported on first use only.
 * @module
 */
import { type Displayable, displayable } from "./display.ts";

/** The MIME type of a Vega-Lite v5 spec, as Jupyter front ends know it. */
export const VEGA_LITE_MIME = "application/vnd.vegalite.v5+json";

const SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

/** Options of {@link vegaLite}. */
export interface VegaLiteOptions {
  /** Plain-text description of the chart (the `text/plain` fallback); default the spec's
   * `description`, else its `title`, else "Vega-Lite chart". */
  alt?: string;
}

/**
 * Wraps a Vega-Lite spec (with inline data) as a displayable chart. The spec gets the v5
 * `$schema` when it has none; keep to features of Vega-Lite 5 so front ends that bundle
 * v5 draw the same chart as the SVG (compiled here by vega-lite 6). Deterministic: the
 * same spec gives the same SVG.
 *
 * @example
 * ```ts
 * import { vegaLite, VEGA_LITE_MIME } from "./vega.ts";
 * const chart = await vegaLite({
 *   data: { values: [{ x: 1, y: 2 }, { x: 2, y: 3 }] },
 *   mark: "point",
 *   encoding: { x: { field: "x", type: "quantitative" }, y: { field: "y", type: "quantitative" } },
 * });
 * if (!String(chart.bundle["image/svg+xml"]).startsWith("<svg")) throw new Error("svg");
 * if (!(VEGA_LITE_MIME in chart.bundle)) throw new Error("spec");
 * ```
 */
export async function vegaLite(
  spec: Record<string, unknown>,
  options: VegaLiteOptions = {},
): Promise<Displayable> {
  const full = { $schema: SCHEMA, ...spec };
  const svg = await renderSvg(full);
  const title = typeof spec.title === "string" ? spec.title : null;
  const description = typeof spec.description === "string" ? spec.description : null;
  return displayable({
    [VEGA_LITE_MIME]: full,
    "image/svg+xml": svg,
    "text/plain": options.alt ?? description ?? title ?? "Vega-Lite chart",
  });
}

/** Compiles a Vega-Lite spec and renders it to an SVG string (no browser, no canvas). */
export async function renderSvg(spec: Record<string, unknown>): Promise<string> {
  const [vl, vega] = await Promise.all([import("vega-lite"), import("vega")]);
  // deno-lint-ignore no-explicit-any
  const compiled = vl.compile(spec as any).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
