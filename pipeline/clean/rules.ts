/**
 * Cell-level cleaning rules: how one text cell becomes a value, and which rule (if any)
 * changed it. Empty cells are missing without an audit entry (nothing was changed).
 * @module
 */
import type { ValueRange } from "../study/types.ts";

/** The value of a cell and the rule that changed it (null when kept as written). */
export interface CellResult<T> {
  value: T;
  rule: string | null;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * An item response: an integer within `range`. Missing codes, non-numeric text
 * (including decimal commas such as "3,5"), non-integers and out-of-range numbers
 * become NaN, each with its rule.
 */
export function cleanItem(
  cell: string,
  range: ValueRange,
  missing: Set<string>,
): CellResult<number> {
  // Fast path for the common one-digit answer.
  if (cell.length === 1) {
    const code = cell.charCodeAt(0) - 48;
    if (code >= 0 && code <= 9) {
      return code >= range.min && code <= range.max
        ? { value: code, rule: null }
        : { value: NaN, rule: "out-of-range" };
    }
  }
  const text = cell.trim();
  if (text === "") return { value: NaN, rule: null };
  if (missing.has(text)) return { value: NaN, rule: "missing-code" };
  if (!NUMBER.test(text)) return { value: NaN, rule: "non-numeric" };
  const value = Number(text);
  if (!Number.isInteger(value)) return { value: NaN, rule: "non-integer" };
  if (value < range.min || value > range.max) return { value: NaN, rule: "out-of-range" };
  return { value, rule: text === String(value) ? null : "normalised-number" };
}

/** A numeric demographic: any finite number, within `range` when one is given. */
export function cleanNumeric(
  cell: string,
  range: ValueRange | null,
  missing: Set<string>,
): CellResult<number> {
  const text = cell.trim();
  if (text === "") return { value: NaN, rule: null };
  if (missing.has(text)) return { value: NaN, rule: "missing-code" };
  if (!NUMBER.test(text)) return { value: NaN, rule: "non-numeric" };
  const value = Number(text);
  if (!Number.isFinite(value)) return { value: NaN, rule: "non-numeric" };
  if (range && (value < range.min || value > range.max)) {
    return { value: NaN, rule: "out-of-range" };
  }
  return { value, rule: null };
}

/** A categorical demographic: one of `levels` (exact, after trimming). */
export function cleanCategorical(
  cell: string,
  levels: string[],
  missing: Set<string>,
): CellResult<string | null> {
  const text = cell.trim();
  if (text === "") return { value: null, rule: null };
  if (missing.has(text)) return { value: null, rule: "missing-code" };
  if (!levels.includes(text)) return { value: null, rule: "unknown-level" };
  return { value: text, rule: null };
}
