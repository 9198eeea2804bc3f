/**
 * A chart as an APA figure: number and title above, the inline SVG, a note, and two
 * collapsibles: the data as a table (the text alternative) and the Vega-Lite spec.
 * @module
 */
import type { Numbered, ReportContext } from "../context.ts";
import { escapeText } from "../escape.ts";
import { details, markup, num, type SafeHtml, table, trusted } from "../html.ts";
import { renderVegaLite, type VegaLiteSpec } from "../svg.ts";

/** What a chart builder returns. */
export interface ChartDef {
  spec: VegaLiteSpec;
  /** Figure title (plain text). */
  title: string;
  /** What the chart shows, for screen readers (plain text). */
  description: string;
  /** Figure note (plain text), or null. */
  note: string | null;
  /** The plotted data as a table; `numeric[k]` right-aligns column k. */
  data: { head: string[]; rows: string[][]; numeric: boolean[] };
}

/** Renders `chart` as a numbered figure (by default the next one of the report). */
export async function chartFigure(
  ctx: ReportContext,
  chart: ChartDef,
  numbered: Numbered = ctx.nextFigure(),
): Promise<SafeHtml> {
  const { id, label } = numbered;
  // The figure is drawn from the spec as shown, so the spec reproduces it exactly.
  const shown = roundSpecData(chart.spec);
  const { svg } = await renderVegaLite(shown, {
    id,
    title: `${label}. ${chart.title}`,
    description: chart.description,
  });
  const dataTable = table({
    id: `${id}-data`,
    label: `${label}, data`,
    title: chart.title,
    head: chart.data.head,
    rows: chart.data.rows.map((row) => row.map((v, k) => (chart.data.numeric[k] ? num(v) : v))),
    className: "data",
  });
  const note = chart.note ? markup`<p class="note"><em>Note.</em> ${chart.note}</p>\n` : "";
  const spec = markup`<pre class="spec"><code>${trusted(escapeText(specJson(shown)))}</code></pre>`;
  return markup`<figure class="chart" id="${id}">
<figcaption><span class="label">${label}</span> <span class="title">${chart.title}</span></figcaption>
<div class="chart-box">${trusted(svg)}</div>
${note}${details(markup`Data of ${label} as a table`, dataTable, "alt")}${
    details(markup`Vega-Lite specification of ${label}`, spec, "spec")
  }</figure>
`;
}

/** Significant digits kept in inline data: far below a pixel at any chart size. */
export const SPEC_DIGITS = 6;

/**
 * `spec` with every number inside an inline data set (`values`) rounded to
 * {@link SPEC_DIGITS} significant digits (the full doubles only add bytes to the page).
 */
export function roundSpecData(spec: VegaLiteSpec): VegaLiteSpec {
  const round = (v: unknown): unknown => {
    if (typeof v === "number") return Number.isFinite(v) ? Number(v.toPrecision(SPEC_DIGITS)) : v;
    if (Array.isArray(v)) return v.map(round);
    if (v !== null && typeof v === "object") {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, round(x)]));
    }
    return v;
  };
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === "object") {
      return Object.fromEntries(
        Object.entries(v).map((
          [k, x],
        ) => [k, k === "values" && Array.isArray(x) ? round(x) : walk(x)]),
      );
    }
    return v;
  };
  return walk(spec) as VegaLiteSpec;
}

/**
 * The spec as indented JSON, with each inline data row on one line (a data set of
 * hundreds of rows stays readable and short).
 */
export function specJson(spec: VegaLiteSpec): string {
  const tables: unknown[][] = [];
  const text = JSON.stringify(spec, (key, value) => {
    if (key === "values" && Array.isArray(value)) {
      tables.push(value);
      return `\u0000values-${tables.length - 1}`;
    }
    return value;
  }, 2);
  return text.replace(/^( *)(.*)"\\u0000values-(\d+)"/gm, (_, indent, lead, k) => {
    const rows = tables[Number(k)].map((row) => `${indent}  ${JSON.stringify(row)}`);
    return rows.length
      ? `${indent}${lead}[\n${rows.join(",\n")}\n${indent}]`
      : `${indent}${lead}[]`;
  });
}
