/**
 * The correlation table: every unordered pair of columns, with Holm-adjusted p-values.
 * @module
 */
import { pAdjustHolm } from "../stats/p-adjust.ts";
import { corTest } from "./cor-test.ts";
import type { Column, CorrelateOptions, CorrelationRow } from "./types.ts";

/**
 * Pearson correlations of every unordered pair of `columns`, in input order: (1, 2),
 * (1, 3), …, (2, 3), … with x the earlier column. Each pair uses its own
 * pairwise-complete cases and is tested as R's `cor.test` (see `corTest`, including its
 * degenerate cases). `pValueHolm` is Holm's adjustment (R's `p.adjust(p, "holm")`) over
 * the family of pairs that have a p-value; pairs without one (n < 3 or a constant column)
 * are left out of the family and keep `pValueHolm: null`.
 *
 * Options: `confLevel` of the Fisher-z intervals, default 0.95. Throws a `RangeError` when
 * columns differ in length or two columns share a name.
 *
 * @example
 * ```ts
 * import { correlate } from "./correlate.ts";
 * const rows = correlate([
 *   { name: "a", values: new Float64Array([1, 2, 3, 4, 5]) },
 *   { name: "b", values: new Float64Array([2, 1, 4, 3, 5]) },
 *   { name: "c", values: new Float64Array([5, 3, 4, 1, 2]) },
 * ]);
 * if (rows.map((r) => r.x + r.y).join() !== "ab,ac,bc") throw new Error("pair order");
 * ```
 */
export function correlate(
  columns: readonly Column[],
  options: CorrelateOptions = {},
): CorrelationRow[] {
  const names = new Set<string>();
  for (const column of columns) {
    if (names.has(column.name)) throw new RangeError(`duplicate column name "${column.name}"`);
    names.add(column.name);
  }
  const rows: CorrelationRow[] = [];
  for (let i = 0; i < columns.length; i++) {
    for (let j = i + 1; j < columns.length; j++) {
      rows.push(corTest(columns[i], columns[j], options));
    }
  }
  const tested = rows.filter((row) => row.pValue !== null);
  const adjusted = pAdjustHolm(tested.map((row) => row.pValue!));
  tested.forEach((row, k) => (row.pValueHolm = adjusted[k]));
  return rows;
}
