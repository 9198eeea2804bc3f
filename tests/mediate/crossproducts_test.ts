import { WeightedCrossProducts } from "../../pipeline/mediate/mod.ts";
import { assertClose } from "./_helpers.ts";

/** Centred cross-products of the rows repeated by weights, by the textbook two-pass formula. */
function direct(columns: number[][], weights: number[]): number[] {
  const p = columns.length, total = weights.reduce((s, w) => s + w, 0);
  const means = columns.map((c) => c.reduce((s, v, i) => s + weights[i] * v, 0) / total);
  const out: number[] = [];
  for (let j = 0; j < p; j++) {
    for (let k = 0; k < p; k++) {
      out.push(
        columns[j].reduce(
          (s, v, i) => s + weights[i] * (v - means[j]) * (columns[k][i] - means[k]),
          0,
        ),
      );
    }
  }
  return out;
}

Deno.test("WeightedCrossProducts: centred cross-products equal the two-pass formula (3 and 5 columns)", () => {
  for (const p of [3, 5]) {
    const columns = Array.from(
      { length: p },
      (_, j) => Array.from({ length: 9 }, (_, i) => Math.sin(1 + i * (j + 2)) * 10 + 40 * j),
    );
    const weights = [0, 2, 1, 0, 3, 1, 1, 0, 1];
    const acc = new WeightedCrossProducts(columns.map((c) => Float64Array.from(c)));
    acc.accumulate(Uint8Array.from(weights), []);
    const expected = direct(columns, weights);
    acc.centred(9).forEach((v, t) => assertClose(v, expected[t], 1e-12, `p ${p}, entry ${t}`, 1));
  }
});

Deno.test("WeightedCrossProducts: each overflow entry adds 256 draws (a row drawn 1000 times)", () => {
  const columns = [[1.5, 2, 4.25], [3, -1, 0.5], [10, 12, 11]];
  const acc = new WeightedCrossProducts(columns.map((c) => Float64Array.from(c)));
  // Row 0 drawn 1000 = 3·256 + 232 times: 232 in its byte counter, three overflow entries.
  acc.accumulate(Uint8Array.from([232, 3, 1]), [0, 0, 0]);
  const expected = direct(columns, [1000, 3, 1]);
  // 1e-10: with the weight piled on one row, the weighted mean is far from the full-sample
  // mean the rows are shifted by, and S − s²/N cancels a few digits.
  acc.centred(1004).forEach((v, t) => assertClose(v, expected[t], 1e-10, `entry ${t}`, 1));
});
