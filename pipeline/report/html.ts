/**
 * A tiny HTML builder that escapes by default: interpolations in {@link markup} templates
 * are escaped unless they are {@link SafeHtml} (built by `markup` itself or marked with
 * {@link trusted} for markup this module produced, such as rendered SVG).
 * @module
 */
import { escapeHtml } from "./escape.ts";

/** Markup that is already safe to insert. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What a `markup` template accepts: nested arrays are joined; null/undefined/false vanish. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | HtmlValue[];

/** Marks markup produced by the report's own code as safe. Never use on data. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

function _render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(_render).join("");
  return escapeHtml(value);
}

/**
 * Tagged template: the literal parts are kept, every interpolation is escaped unless it
 * is SafeHtml.
 *
 * @example
 * ```ts
 * import { markup } from "./html.ts";
 * const label = "<script>";
 * if (markup`<td>${label}</td>`.value !== "<td>&lt;script&gt;</td>") throw new Error("html");
 * ```
 */
export function markup(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += _render(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/** Joins values into one SafeHtml (escaping strings). */
export function join(values: HtmlValue[], separator: HtmlValue = ""): SafeHtml {
  return new SafeHtml(values.map(_render).join(_render(separator)));
}

/** A table cell: content plus optional class, header role and row span. */
export interface Cell {
  content: HtmlValue;
  className?: string;
  /** Render as `<th scope="row">`. */
  rowHeader?: boolean;
  rowspan?: number;
}

/** A numeric (right-aligned, tabular figures) cell. */
export function num(content: HtmlValue): Cell {
  return { content, className: "num" };
}

function _isCell(value: Cell | HtmlValue): value is Cell {
  return typeof value === "object" && value !== null && !(value instanceof SafeHtml) &&
    !Array.isArray(value);
}

function _cell(cell: Cell | HtmlValue, columnHeader = false): SafeHtml {
  const c: Cell = _isCell(cell) ? cell : { content: cell };
  const tag = trusted(columnHeader || c.rowHeader ? "th" : "td");
  const scope = columnHeader ? trusted(' scope="col"') : c.rowHeader ? trusted(' scope="row"') : "";
  const cls = c.className ? markup` class="${c.className}"` : "";
  const span = c.rowspan && c.rowspan > 1 ? markup` rowspan="${c.rowspan}"` : "";
  return markup`<${tag}${scope}${cls}${span}>${c.content}</${tag}>`;
}

/** A numbered table in APA layout: label, title above; note below; scrolls sideways. */
export interface TableSpec {
  id: string;
  /** "Table 3". */
  label: string;
  title: HtmlValue;
  /** Header cells (one row), or complete `<thead>` rows. */
  head: (Cell | HtmlValue)[] | SafeHtml;
  rows: (Cell | HtmlValue)[][];
  note?: HtmlValue;
  className?: string;
}

/** Renders a {@link TableSpec}; header cells of numeric columns are right-aligned too. */
export function table(spec: TableSpec): SafeHtml {
  const first = spec.rows[0] ?? [];
  const numeric = (k: number) => {
    const c = first[k];
    return c !== undefined && _isCell(c) && c.className === "num";
  };
  const head = spec.head instanceof SafeHtml ? spec.head : markup`<tr>${
    spec.head.map((h, k) => {
      const c: Cell = _isCell(h) ? h : { content: h };
      return _cell(numeric(k) && !c.className ? { ...c, className: "num" } : c, true);
    })
  }</tr>`;
  const body = spec.rows.map((row) => markup`<tr>${row.map((c) => _cell(c))}</tr>`);
  const titleId = `${spec.id}-title`;
  const note = spec.note
    ? markup`<p class="note"><em>Note.</em> ${spec.note}</p>
`
    : "";
  return markup`<figure class="table${spec.className ? " " + spec.className : ""}" id="${spec.id}">
<figcaption id="${titleId}"><span class="label">${spec.label}</span> <span class="title">${spec.title}</span></figcaption>
<div class="scroll" role="region" tabindex="0" aria-labelledby="${titleId}"><table>
<thead>${head}</thead>
<tbody>
${join(body, "\n")}
</tbody>
</table></div>
${note}</figure>
`;
}

/** A collapsible block (no script: `<details>`). */
export function details(summary: HtmlValue, body: HtmlValue, className = ""): SafeHtml {
  const cls = className ? markup` class="${className}"` : "";
  return markup`<details${cls}><summary>${summary}</summary>
${body}
</details>
`;
}
