/**
 * Scale scores: mean of the answered (reverse-keyed) items.
 * @module
 */
import type { CleanData } from "../clean/types.ts";
import type { Study } from "../study/types.ts";
import type { ScaleScore, ScaleScores } from "./types.ts";
import { reverseKey } from "./reverse-key.ts";

/**
 * Scores every instrument and subscale of the study for every participant.
 *
 * Definition: a participant's score on a scale of k items is the mean of the answered
 * items (after reverse keying, see `reverseKey`) when the answered share a/k is at least
 * the instrument's `minAnsweredShare` (subscales use their instrument's), and NaN
 * (not scored) otherwise. The share is compared as the float64 quotient a/k, so a share
 * exactly at the threshold (e.g. 4 of 5 items at 0.8) counts as met. This is the
 * "prorated mean" (person-mean imputation) rule; R:
 * `ifelse(rowMeans(!is.na(X)) >= share, rowMeans(X, na.rm = TRUE), NA)`.
 * Unlike `psych::scoreItems` it never imputes item medians.
 *
 * Order: each instrument followed by its subscales, in study order. Degenerate input: a
 * participant with no answered item is never scored (NaN); a scale whose items are all
 * missing is NaN for everyone. Throws a `DataError` when an item has no data column.
 *
 * @example
 * ```ts
 * import { scoreScales } from "./score-scales.ts";
 * import type { CleanData } from "../clean/types.ts";
 * import type { Study } from "../study/types.ts";
 * const data = {
 *   ids: ["p1", "p2"],
 *   items: { a: new Float64Array([1, NaN]), b: new Float64Array([4, 2]) },
 * } as unknown as CleanData;
 * const study = {
 *   instruments: [{
 *     id: "s", label: "S", items: ["a", "b"], reverse: ["b"],
 *     responseRange: { min: 1, max: 5 }, minAnsweredShare: 0.8, subscales: [],
 *   }],
 * } as unknown as Study;
 * const [s] = scoreScales(data, study).scales;
 * // p1: mean(1, 6 − 4) = 1.5; p2 answered 1 of 2 items (0.5 < 0.8): not scored.
 * if (s.values[0] !== 1.5 || !Number.isNaN(s.values[1])) throw new Error("score");
 * ```
 */
export function scoreScales(data: CleanData, study: Study): ScaleScores {
  const keyed = reverseKey(data, study);
  const scales: ScaleScore[] = [];
  const n = data.ids.length;
  for (const instrument of study.instruments) {
    const reversed = new Set(instrument.reverse);
    const share = instrument.minAnsweredShare;
    const scale = (
      id: string,
      label: string,
      kind: ScaleScore["kind"],
      items: string[],
    ): ScaleScore => ({
      scale: id,
      label,
      instrument: instrument.id,
      kind,
      items: [...items],
      reversed: items.filter((item) => reversed.has(item)),
      values: _proratedMean(items.map((item) => keyed[item]), n, share),
    });
    scales.push(scale(instrument.id, instrument.label, "instrument", instrument.items));
    for (const sub of instrument.subscales) {
      scales.push(scale(sub.id, sub.label, "subscale", sub.items));
    }
  }
  return { ids: [...data.ids], scales };
}

/** Mean of the finite values per row when their share reaches `share`, else NaN. */
function _proratedMean(columns: Float64Array[], n: number, share: number): Float64Array {
  const out = new Float64Array(n);
  const k = columns.length;
  for (let i = 0; i < n; i++) {
    let answered = 0, sum = 0;
    for (const column of columns) {
      if (column.length !== n) {
        throw new RangeError(`item column has ${column.length} values for ${n} participants`);
      }
      const x = column[i];
      if (Number.isFinite(x)) {
        answered++;
        sum += x;
      }
    }
    out[i] = answered > 0 && answered / k >= share ? sum / answered : NaN;
  }
  return out;
}
