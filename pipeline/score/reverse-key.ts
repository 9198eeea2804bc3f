/**
 * Reverse keying: the items as analysed.
 * @module
 */
import type { CleanData } from "../clean/types.ts";
import type { Study } from "../study/types.ts";
import { DataError } from "../errors.ts";

/**
 * The item columns as analysed: every item column of `data`, copied, with each
 * reverse-keyed item x of an instrument replaced by `min + max − x` (its `responseRange`),
 * so that a high value means the same thing on every item. NaN (missing) stays NaN.
 * The input is not modified. Throws a `DataError` (stage "score") when an item named by
 * the study has no column in the data.
 *
 * @example
 * ```ts
 * import { reverseKey } from "./reverse-key.ts";
 * import type { CleanData } from "../clean/types.ts";
 * import type { Study } from "../study/types.ts";
 * const data = { items: { a: new Float64Array([1, 7, NaN]) } } as unknown as CleanData;
 * const study = {
 *   instruments: [{ items: ["a"], reverse: ["a"], responseRange: { min: 1, max: 7 } }],
 * } as unknown as Study;
 * const keyed = reverseKey(data, study).a; // [7, 1, NaN]
 * if (keyed[0] !== 7 || keyed[1] !== 1 || !Number.isNaN(keyed[2])) throw new Error("keyed");
 * ```
 */
export function reverseKey(data: CleanData, study: Study): Record<string, Float64Array> {
  const keyed: Record<string, Float64Array> = {};
  for (const [column, values] of Object.entries(data.items)) {
    keyed[column] = Float64Array.from(values);
  }
  for (const instrument of study.instruments) {
    for (const item of instrument.items) _requireColumn(data, item, instrument.id);
    const { min, max } = instrument.responseRange;
    for (const item of instrument.reverse) {
      const column = keyed[_requireColumn(data, item, instrument.id)];
      for (let i = 0; i < column.length; i++) column[i] = min + max - column[i];
    }
  }
  return keyed;
}

/** Checks that the data hold an item column; returns its name. */
function _requireColumn(data: CleanData, item: string, instrument: string): string {
  if (!Object.hasOwn(data.items, item)) {
    throw new DataError(`item "${item}" of instrument "${instrument}" is not in the data`, {
      stage: "score",
      column: item,
      expected: `an item column named "${item}"`,
      hint: "check the item names of the study definition against the data file's header",
    });
  }
  return item;
}
