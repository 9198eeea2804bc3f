/**
 * Vega-Lite → SVG at build time, inside Deno: compiled by vega-lite, rendered by a
 * headless vega View (`renderer: "none"`, no canvas: text widths are estimated, which
 * keeps the output identical on every machine). Needs no permission at all (no env, no
 * net, no read beyond loading the modules). Vega numbers clip paths and gradients with
 * process-wide counters; they are renamed from the figure's id so the same input gives
 * the same bytes, and ids stay unique within the report.
 * @module
 */
import * as vega from "vega";
import * as vl from "vega-lite";
import { escapeHtml } from "./escape.ts";

/** A Vega-Lite specification (top level), as plain JSON. */
export type VegaLiteSpec = Record<string, unknown>;

/** Accessible name and description of a chart. */
export interface ChartLabel {
  /** Element id prefix; must be unique in the document (e.g. "fig-3"). */
  id: string;
  title: string;
  description: string;
}

/** The rendered SVG and any warnings vega-lite or vega logged. */
export interface RenderedChart {
  svg: string;
  warnings: string[];
}

function _logger(warnings: string[]) {
  let level = 0;
  const push = (...args: unknown[]) => warnings.push(args.map(String).join(" "));
  // deno-lint-ignore no-explicit-any
  const logger: any = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error: (...args: unknown[]) => {
      throw new Error(`vega: ${args.map(String).join(" ")}`);
    },
    warn: push,
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}

/**
 * Renders `spec` to an inline SVG element with `role="img"`, a `<title>` and a `<desc>`.
 * Throws if vega reports an error, or if the SVG would carry script or event handlers
 * (vega escapes text; this is a second line of defence).
 *
 * @example
 * ```ts
 * import { renderVegaLite } from "./svg.ts";
 * const spec = {
 *   data: { values: [{ x: 1, y: 2 }, { x: 2, y: 3 }] },
 *   mark: "point",
 *   encoding: { x: { field: "x", type: "quantitative" }, y: { field: "y", type: "quantitative" } },
 * };
 * const { svg } = await renderVegaLite(spec, { id: "f1", title: "T", description: "D" });
 * if (!svg.startsWith('<svg role="img"')) throw new Error("svg");
 * ```
 */
export async function renderVegaLite(
  spec: VegaLiteSpec,
  label: ChartLabel,
): Promise<RenderedChart> {
  const warnings: string[] = [];
  // deno-lint-ignore no-explicit-any
  const compiled = vl.compile(spec as any, { logger: _logger(warnings) }).spec;
  const view = new vega.View(vega.parse(compiled), {
    renderer: "none",
    logger: _logger(warnings),
    logLevel: vega.Warn,
  });
  let svg: string;
  try {
    svg = await view.toSVG();
  } finally {
    view.finalize();
  }
  return { svg: _finish(svg, label), warnings };
}

function _finish(svg: string, label: ChartLabel): string {
  if (/<script|<foreignObject|\son[a-z]+\s*=|javascript:/i.test(svg)) {
    throw new Error(`the SVG of ${label.id} contains script or an event handler`);
  }
  // Deterministic, document-unique ids in order of definition.
  const defined = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  const rename = new Map(defined.map((old, k) => [old, `${label.id}-d${k + 1}`]));
  let out = svg.replace(/(\sid="|url\(#|href="#)([^")]+)/g, (whole, lead, old) => {
    const renamed = rename.get(old);
    return renamed === undefined ? whole : lead + renamed;
  });
  out = _slim(out);
  // Coordinates to 2 decimals (sub-pixel digits only add bytes); inside tags only, so no
  // text content is changed.
  out = out.replace(/<[^>]+>/g, (tag) => tag.replace(/-?\d+\.\d{3,}/g, _round2));
  // Inline SVG in HTML needs no namespace declarations (and then holds no URL at all).
  out = out.replace(/^<svg xmlns="[^"]*"( xmlns:xlink="[^"]*")?( version="1.1")?/, "<svg");
  const titleId = `${label.id}-t`;
  const descId = `${label.id}-desc`;
  return out.replace(
    /^<svg([^>]*)>/,
    `<svg role="img" aria-labelledby="${titleId} ${descId}"$1><title id="${titleId}">` +
      `${escapeHtml(label.title)}</title><desc id="${descId}">${
        escapeHtml(label.description)
      }</desc>`,
  );
}

/**
 * Drops what changes nothing in a static image: empty background and foreground paths,
 * labels vega hid (opacity 0), default opacity, interaction hints, and the inner classes
 * and ARIA roles (the SVG is one `role="img"`: its children are not exposed). Saves a
 * fifth of each chart's bytes; circles
 * are written as `<circle>`.
 */
function _slim(svg: string): string {
  const root = svg.match(/^<svg[^>]*>/)?.[0] ?? "";
  const body = svg.slice(root.length)
    .replace(/<path class="(background|foreground)"[^>]*\sd="(M0,0h0v0h0Z)?"[^>]*\/>/g, "")
    .replace(/<text [^>]*\sopacity="0"[^>]*>[^<]*<\/text>/g, "")
    .replace(
      /\s(class|role|aria-label|aria-hidden|aria-roledescription|pointer-events)="[^"]*"|\sopacity="1"/g,
      "",
    );
  return root + body.replace(_CIRCLE, '<circle$1 cx="$2" cy="$3" r="$4"');
}

/** Vega's circle symbol: a translated path of two arcs, written as `<circle>` (same shape). */
const _CIRCLE =
  /<path((?:\s[a-z-]+="[^"]*")*?)\stransform="translate\(([-\d.e]+),([-\d.e]+)\)"\sd="M([\d.e]+),0A\4,\4,0,1,1,-\4,0A\4,\4,0,1,1,\4,0"/g;

function _round2(number: string): string {
  return String(Number(Number(number).toFixed(2)));
}
