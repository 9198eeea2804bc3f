/**
 * Numbers in APA 7 style: two decimals for most statistics, no leading zero for
 * quantities that cannot exceed 1 (r, α, β, p), exact p to three decimals (p < .001
 * below that), integer degrees of freedom, intervals as "[0.08, 0.37]", and the minus
 * sign U+2212. `null` (a value that does not apply) prints as an em dash. NaN and ±Infinity
 * never occur in results (the contract forbids them), so they throw a RangeError.
 * Rounding is JavaScript's `toFixed` (as R's `sprintf`: the binary value is rounded).
 * @module
 */

/** The minus sign used in all numbers (U+2212), not the hyphen-minus. */
export const MINUS = "\u2212";

/** What a value that does not apply prints as. */
export const NOT_AVAILABLE = "\u2014";

function _finite(x: number, what: string): void {
  if (!Number.isFinite(x)) throw new RangeError(`${what} must be finite, got ${x}`);
}

/**
 * `x` with `digits` decimals, minus as U+2212, no sign on a value that rounds to zero.
 *
 * @example
 * ```ts
 * import { formatNumber } from "./apa.ts";
 * if (formatNumber(-0.2149) !== "\u22120.21") throw new Error("minus");
 * if (formatNumber(-0.001) !== "0.00") throw new Error("negative zero");
 * if (formatNumber(null) !== "\u2014") throw new Error("null");
 * ```
 */
export function formatNumber(x: number | null, digits = 2): string {
  if (x === null) return NOT_AVAILABLE;
  _finite(x, "a number");
  const text = Math.abs(x).toFixed(digits);
  const zero = /^[0.]*$/.test(text);
  return x < 0 && !zero ? MINUS + text : text;
}

/**
 * A quantity that cannot exceed 1 in magnitude (r, α, β, R², a proportion): like
 * {@link formatNumber} without the leading zero.
 *
 * @example
 * ```ts
 * import { formatBounded } from "./apa.ts";
 * if (formatBounded(0.318) !== ".32") throw new Error("r");
 * if (formatBounded(-0.05) !== "\u2212.05") throw new Error("negative r");
 * ```
 */
export function formatBounded(x: number | null, digits = 2): string {
  return formatNumber(x, digits).replace(/^(\u2212?)0\./, "$1.");
}

/**
 * A p value for a table cell: "< .001" below .001, "> .999" above .999 (it would round to
 * 1.000), otherwise exact to three decimals without the leading zero.
 *
 * @example
 * ```ts
 * import { formatP } from "./apa.ts";
 * if (formatP(0.0321) !== ".032") throw new Error("exact");
 * if (formatP(0.0004) !== "< .001") throw new Error("small");
 * ```
 */
export function formatP(p: number | null): string {
  if (p === null) return NOT_AVAILABLE;
  _finite(p, "a p value");
  if (p < 0 || p > 1) throw new RangeError(`a p value must be in [0, 1], got ${p}`);
  if (p < 0.001) return "< .001";
  if (p > 0.999) return "> .999";
  return formatBounded(p, 3);
}

/**
 * A p value in running text: "p = .032", "p < .001", "p > .999" ("p = —" when null).
 *
 * @example
 * ```ts
 * import { formatPText } from "./apa.ts";
 * if (formatPText(0.5) !== "p = .500") throw new Error("text");
 * if (formatPText(1e-9) !== "p < .001") throw new Error("small");
 * ```
 */
export function formatPText(p: number | null): string {
  const value = formatP(p);
  return value.startsWith("<") || value.startsWith(">") ? `p ${value}` : `p = ${value}`;
}

/** Options of {@link formatCi}. */
export interface CiFormat {
  /** Decimals; default 2. */
  digits?: number;
  /** Bounds of a quantity that cannot exceed 1: no leading zero. Default false. */
  bounded?: boolean;
}

/**
 * An interval as "[low, high]"; a missing bound prints as an em dash, and an interval
 * with neither bound as a single em dash.
 *
 * @example
 * ```ts
 * import { formatCi } from "./apa.ts";
 * if (formatCi(0.08, 0.37) !== "[0.08, 0.37]") throw new Error("ci");
 * if (formatCi(-0.1, 0.3, { bounded: true }) !== "[\u2212.10, .30]") throw new Error("r ci");
 * ```
 */
export function formatCi(low: number | null, high: number | null, format: CiFormat = {}): string {
  if (low === null && high === null) return NOT_AVAILABLE;
  const one = format.bounded ? formatBounded : formatNumber;
  const digits = format.digits ?? 2;
  return `[${one(low, digits)}, ${one(high, digits)}]`;
}

/**
 * A count, with thousands separated by commas (APA: 1,000 and above).
 *
 * @example
 * ```ts
 * import { formatCount } from "./apa.ts";
 * if (formatCount(10000) !== "10,000" || formatCount(72) !== "72") throw new Error("count");
 * ```
 */
export function formatCount(n: number | null): string {
  if (n === null) return NOT_AVAILABLE;
  if (!Number.isInteger(n)) throw new RangeError(`a count must be an integer, got ${n}`);
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ",");
  return n < 0 ? MINUS + digits : digits;
}

/**
 * Degrees of freedom: an integer as is; a fractional df (e.g. Welch) with two decimals.
 *
 * @example
 * ```ts
 * import { formatDf } from "./apa.ts";
 * if (formatDf(69) !== "69" || formatDf(41.234) !== "41.23") throw new Error("df");
 * ```
 */
export function formatDf(df: number | null): string {
  if (df === null) return NOT_AVAILABLE;
  _finite(df, "degrees of freedom");
  return Number.isInteger(df) ? String(df) : formatNumber(df, 2);
}

/**
 * A confidence level as a percentage: 0.95 → "95%", 0.975 → "97.5%".
 *
 * @example
 * ```ts
 * import { formatLevel } from "./apa.ts";
 * if (formatLevel(0.95) !== "95%" || formatLevel(0.975) !== "97.5%") throw new Error("level");
 * ```
 */
export function formatLevel(level: number): string {
  _finite(level, "a confidence level");
  return `${Number((level * 100).toFixed(6))}%`;
}

/**
 * Significance marks of a table: "***" p < .001, "**" p < .01, "*" p < .05, else "".
 *
 * @example
 * ```ts
 * import { significanceMarks } from "./apa.ts";
 * if (significanceMarks(0.02) !== "*" || significanceMarks(0.2) !== "") throw new Error("m");
 * ```
 */
export function significanceMarks(p: number | null): string {
  if (p === null) return "";
  _finite(p, "a p value");
  return p < 0.001 ? "***" : p < 0.01 ? "**" : p < 0.05 ? "*" : "";
}
