/**
 * Tables for notebooks: rows of plain data → an HTML table with an aligned plain-text
 * fallback, shown through the display protocol (see display.ts).
 * @module
 */
import { type Displayable, displayable, escapeHtml } from "./display.ts";

/** How a column's values are written. "auto": integers as integers, other numbers with
 * `digits` decimals; "p": p-values (4 decimals, or 3 significant digits below 0.0001). */
export type CellFormat = "auto" | "fixed" | "integer" | "p" | "text" | ((value: unknown) => string);

/** One column of a table. */
export interface TableColumn {
  /** Property of each row shown in this column. */
  key: string;
  /** Header; default `key`. */
  label?: string;
  /** Default "auto". */
  format?: CellFormat;
  /** Decimals of "auto" and "fixed" numbers; default the table's `digits`. */
  digits?: number;
}

/** Options of {@link table}. */
export interface TableOptions {
  /** Columns in order (a string is a key); default every key of the first row. */
  columns?: (string | TableColumn)[];
  /** Shown above the table. */
  caption?: string;
  /** Decimals of non-integer numbers; default 3. */
  digits?: number;
  /** Rows shown; the rest are counted in a note. Default 100. */
  maxRows?: number;
}

const TABLE_DEFAULTS = { digits: 3, maxRows: 100 };

/**
 * Shows `rows` as a table. Missing values: `null`/`undefined` are written "—" and NaN
 * (the pipeline's missing-value code in data columns) "NA". Arrays are joined with ", ";
 * other objects are written as JSON. Everything is HTML-escaped.
 *
 * @example
 * ```ts
 * import { table } from "./table.ts";
 * const t = table([{ scale: "wai", n: 72, mean: 5.1234 }, { scale: "<ras>", n: 70, mean: null }]);
 * const html = String(t.bundle["text/html"]);
 * if (!html.includes("5.123") || !html.includes("&lt;ras&gt;")) throw new Error("html");
 * if (!String(t).includes("—")) throw new Error("null is a dash");
 * ```
 */
export function table(rows: readonly object[], options: TableOptions = {}): Displayable {
  const digits = options.digits ?? TABLE_DEFAULTS.digits;
  const maxRows = options.maxRows ?? TABLE_DEFAULTS.maxRows;
  const records = rows as readonly Record<string, unknown>[];
  const columns = (options.columns ?? Object.keys(records[0] ?? {})).map((c) =>
    typeof c === "string" ? { key: c } : c
  );
  const shown = records.slice(0, maxRows);
  const cells = columns.map((column) => {
    const values = shown.map((row) => row[column.key]);
    const format = column.format ?? "auto";
    const integers = values.flatMap(_flat).every((v) => v === null || Number.isInteger(v));
    const effective = format === "auto" && integers ? "integer" : format;
    return values.map((v) => formatCell(v, effective, column.digits ?? digits));
  });
  const numeric = columns.map((column) =>
    shown.some((row) => typeof row[column.key] === "number") &&
    shown.every((row) => typeof row[column.key] !== "string")
  );
  const labels = columns.map((c) => c.label ?? c.key);
  const more = records.length - shown.length;
  const note = more > 0 ? `… ${more} more row(s) not shown (${records.length} in all)` : null;
  return displayable({
    "text/html": _html(labels, cells, numeric, shown.length, options.caption, note),
    "text/plain": _plain(labels, cells, numeric, shown.length, options.caption, note),
  });
}

/**
 * Writes one value as {@link table} does.
 *
 * @example
 * ```ts
 * import { formatCell } from "./table.ts";
 * if (formatCell(0.00001234, "p", 3) !== "1.23e-5") throw new Error("small p");
 * if (formatCell(0.04567, "p", 3) !== "0.0457") throw new Error("p");
 * if (formatCell(NaN, "auto", 3) !== "NA" || formatCell(null, "auto", 3) !== "—") throw new Error();
 * ```
 */
export function formatCell(value: unknown, format: CellFormat, digits: number): string {
  if (typeof format === "function") return format(value);
  if (value === null || value === undefined) return "—";
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    return Array.from(value as ArrayLike<unknown>, (v) => formatCell(v, format, digits)).join(", ");
  }
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "NA";
    if (!Number.isFinite(value)) return value > 0 ? "Inf" : "-Inf";
    switch (format) {
      case "integer":
        return Number.isInteger(value) ? String(value) : value.toFixed(digits);
      case "p":
        return value !== 0 && Math.abs(value) < 1e-4 ? value.toExponential(2) : value.toFixed(4);
      case "text":
        return String(value);
      default:
        return value.toFixed(digits);
    }
  }
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** The value, or the elements of an array value; undefined as null. */
function _flat(value: unknown): unknown[] {
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    return Array.from(value as ArrayLike<unknown>, (v) => v ?? null);
  }
  return [value ?? null];
}

function _html(
  labels: string[],
  cells: string[][],
  numeric: boolean[],
  n: number,
  caption: string | undefined,
  note: string | null,
): string {
  const align = (
    j: number,
  ) => (numeric[j] ? ' style="text-align:right"' : ' style="text-align:left"');
  const head = labels.map((l, j) => `<th${align(j)}>${escapeHtml(l)}</th>`).join("");
  const body: string[] = [];
  for (let i = 0; i < n; i++) {
    body.push(
      `<tr>${cells.map((col, j) => `<td${align(j)}>${escapeHtml(col[i])}</td>`).join("")}</tr>`,
    );
  }
  return [
    "<table>",
    caption ? `<caption style="text-align:left">${escapeHtml(caption)}</caption>` : "",
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>${body.join("")}</tbody>`,
    "</table>",
    note ? `<p><em>${escapeHtml(note)}</em></p>` : "",
  ].join("");
}

function _plain(
  labels: string[],
  cells: string[][],
  numeric: boolean[],
  n: number,
  caption: string | undefined,
  note: string | null,
): string {
  const widths = labels.map((l, j) => Math.max(l.length, ...cells[j].map((c) => c.length)));
  const pad = (text: string, j: number) =>
    numeric[j] ? text.padStart(widths[j]) : text.padEnd(widths[j]);
  const lines = [
    labels.map(pad).join("  "),
    widths.map((w) => "-".repeat(w)).join("  "),
  ];
  for (let i = 0; i < n; i++) lines.push(cells.map((col, j) => pad(col[i], j)).join("  "));
  if (caption) lines.unshift(caption);
  if (note) lines.push(note);
  return lines.map((line) => line.trimEnd()).join("\n");
}
