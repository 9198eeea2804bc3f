/**
 * A danfojs DataFrame shown as a table. danfojs stores numbers as float32: the view is
 * for looking at data, never for statistics (the pipeline computes those in float64).
 * @module
 */
import type { Displayable } from "./display.ts";
import { table } from "./table.ts";

/** Options of {@link frame}. */
export interface FrameOptions {
  /** Rows shown; default 10. */
  maxRows?: number;
  /** Decimals of non-integer numbers; default 2. */
  digits?: number;
  /** Caption; default "danfojs DataFrame: <rows> × <columns> (float32, for looking only)". */
  caption?: string;
}

/** The parts of a danfojs DataFrame this view reads. */
interface _FrameLike {
  columns: string[];
  values: unknown[][];
  shape: [number, number];
}

/**
 * Shows the first rows of a danfojs DataFrame (or anything with `columns`, `values` and
 * `shape` the way danfojs has them). Throws a `TypeError` for anything else.
 *
 * @example
 * ```ts
 * import { frame } from "./frame.ts";
 * const df = { columns: ["id", "age"], values: [["P1", 30], ["P2", NaN]], shape: [2, 2] };
 * if (!String(frame(df)).includes("NA")) throw new Error("NaN is shown as NA");
 * ```
 */
export function frame(df: unknown, options: FrameOptions = {}): Displayable {
  const f = df as _FrameLike;
  if (!f || !Array.isArray(f.columns) || !Array.isArray(f.values) || !Array.isArray(f.shape)) {
    throw new TypeError("frame() needs a danfojs DataFrame");
  }
  const [nRows, nColumns] = f.shape;
  const rows = f.values.map((row) => Object.fromEntries(f.columns.map((c, j) => [c, row[j]])));
  return table(rows, {
    columns: f.columns,
    maxRows: options.maxRows ?? 10,
    digits: options.digits ?? 2,
    caption: options.caption ??
      `danfojs DataFrame: ${nRows} × ${nColumns} (float32, for looking only)`,
  });
}
