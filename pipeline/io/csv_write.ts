/**
 * Writing CSV for people and spreadsheets: RFC 4180 quoting, LF line ends, numbers in
 * shortest round-trip form, missing as an empty cell. Text cells that a spreadsheet
 * would run as a formula (starting with =, +, -, @, tab or carriage return) are
 * prefixed with a single quote, as OWASP's CSV-injection guidance advises; numbers
 * are written as numbers and never altered.
 * @module
 */

/** A cell: text (neutralised if formula-like), a number (NaN/±Infinity → empty) or missing. */
export type CsvCell = string | number | null;

/**
 * Formats a table as CSV text.
 *
 * @example
 * ```ts
 * import { toCsv } from "./csv_write.ts";
 * const text = toCsv(["id", "x"], [["=1+1", -2.5], ["P2", null]]);
 * if (text !== "id,x\n'=1+1,-2.5\nP2,\n") throw new Error(text);
 * ```
 */
export function toCsv(header: string[], rows: Iterable<CsvCell[]>): string {
  const lines = [header.map(_text).join(",")];
  for (const row of rows) lines.push(row.map(_cell).join(","));
  return lines.join("\n") + "\n";
}

function _cell(value: CsvCell): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  return _text(value);
}

function _text(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
