/**
 * Power at the sample sizes that Fritz & MacKinnon (2007, Psychological Science 18(3),
 * 233–239, Table 3) report as needed for .8 power, c′ = 0. Their paths .14 (S), .26 (H),
 * .39 (M), .59 (L) are coefficients of a design with unit error variances (M and Y not
 * standardized; MacKinnon et al., 2002), converted here by `standardizedFromUnitErrors()`
 * (checked against R in options_test.ts); the tests are invariant to that rescaling.
 *
 * Criterion: |power − .80| ≤ 3 Monte Carlo SEs of our simulation, SE = √(.8·.2/studies).
 * The published N carry Monte Carlo error of their own, so this is strict. Cells: the
 * non-bootstrap tests (Sobel, joint significance) are cheap, so they run 4,000 (medium
 * paths) or 2,000 (small paths, N ≈ 500–700) studies; the percentile bootstrap runs 1,000
 * studies × 1,000 resamples at a medium and a large cell (about 1 s each). The BC bootstrap
 * does NOT reproduce its published N (we find power ≈ .83–.85 at N = 71 for MM): its row is
 * tested only for what the literature agrees on, more power than the percentile interval
 * at the same N (Fritz, Taylor & MacKinnon, 2012).
 */
import assert from "node:assert/strict";
import { mediationPower } from "../../pipeline/power/power.ts";
import { standardizedFromUnitErrors } from "../../pipeline/power/options.ts";
import type { PowerMethod } from "../../pipeline/power/types.ts";

const PATH = { S: 0.14, H: 0.26, M: 0.39, L: 0.59 } as const;

/** Cells of Table 3 used here: [method, a, b, published N for .8 power, studies]. */
const CELLS: [PowerMethod, keyof typeof PATH, keyof typeof PATH, number, number][] = [
  ["sobel", "M", "M", 90, 4000],
  ["joint-significance", "M", "M", 74, 4000],
  ["joint-significance", "H", "L", 120, 4000],
  ["sobel", "S", "S", 667, 2000],
  ["joint-significance", "S", "S", 530, 2000],
  ["percentile", "M", "M", 78, 1000],
  ["percentile", "L", "L", 36, 1000],
];

function powerAt(method: PowerMethod, a: number, b: number, n: number, studies: number) {
  const s = standardizedFromUnitErrors({ a, b, cPrime: 0 });
  return mediationPower({
    a: s.a,
    b: s.b,
    n,
    method,
    studies,
    resamples: 1000,
    nullSimulations: false,
  }).power;
}

for (const [method, a, b, n, studies] of CELLS) {
  Deno.test(`mediationPower() ${method}, paths ${a}${b}, at Fritz & MacKinnon's N = ${n}: power .80 within 3 MC SE`, () => {
    const p = powerAt(method, PATH[a], PATH[b], n, studies);
    const se = Math.sqrt((0.8 * 0.2) / studies);
    assert.ok(
      Math.abs(p.estimate - 0.8) <= 3 * se,
      `power ${p.estimate} (MC SE ${p.stdError.toFixed(4)}) vs .80 ± ${(3 * se).toFixed(4)}`,
    );
  });
}

Deno.test("mediationPower() BC bootstrap has more power than the percentile bootstrap at N = 71, paths MM", () => {
  const bc = powerAt("bc", PATH.M, PATH.M, 71, 1000);
  const percentile = powerAt("percentile", PATH.M, PATH.M, 71, 1000);
  // Same seed, so the same studies and resamples: a paired comparison.
  assert.ok(bc.count > percentile.count, `${bc.estimate} vs ${percentile.estimate}`);
});
