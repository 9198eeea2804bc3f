/**
 * Data problems injected into the simulated file, all drawn from a second generator
 * (`createRng(problemSeed(seed))`) so that the participants' values are the same with and
 * without problems: the file with problems is the clean file plus exactly the changes
 * the summary lists.
 * @module
 */
import type { Rng } from "../random/mod.ts";
import type { SimulationModel } from "./model.ts";

/** Shares of the eligible item cells given each problem (exact counts, rounded). */
export const PROBLEM_RATES = Object.freeze({
  empty: 0.02,
  missingCode: 0.005,
  outOfRange: 0.001,
  /** At least this many out-of-range cells, so both sides of the range occur. */
  minOutOfRange: 2,
});

/** Mixed into the seed of the problem generator (the 32-bit golden ratio). */
export const PROBLEM_SEED_MIX = 0x9e3779b9;

/** Seed of the problem generator: `(seed XOR 0x9E3779B9) >>> 0`. */
export function problemSeed(seed: number): number {
  return (seed ^ PROBLEM_SEED_MIX) >>> 0;
}

/** Where the whole-row problems go (participants numbered 1..n in file order). */
export interface ProblemLayout {
  /** The participant who answered almost nothing. */
  nearEmpty: number;
  /** Indices (into the model's items, ascending) of the items they answered. */
  nearEmptyAnswered: number[];
  /** The participant whose row is repeated ... */
  duplicateSource: number;
  /** ... right after this participant's row (> duplicateSource). */
  duplicateAfter: number;
  /** A blank line follows this participant's row (and the duplicate, if both are here). */
  blankAfter: number;
}

/**
 * Draws the layout (needs n ≥ 3), in this order: nearEmpty = 1 + nextIndex(n); the
 * answered items: i₁ = nextIndex(I), i₂ = nextIndex(I − 1) shifted up by one when ≥ i₁
 * (fewer when I < 3); duplicateSource = 1 + nextIndex(n − 1), redrawn while it equals
 * nearEmpty; duplicateAfter = source + 1 + nextIndex(n − source); blankAfter =
 * 1 + nextIndex(n − 1).
 */
export function drawLayout(rng: Rng, n: number, itemCount: number): ProblemLayout {
  const nearEmpty = 1 + rng.nextIndex(n);
  const answered: number[] = [];
  const count = Math.min(2, itemCount - 1);
  if (count >= 1) answered.push(rng.nextIndex(itemCount));
  if (count >= 2) {
    let second = rng.nextIndex(itemCount - 1);
    if (second >= answered[0]) second++;
    answered.push(second);
  }
  answered.sort((x, y) => x - y);
  let duplicateSource = 1 + rng.nextIndex(n - 1);
  while (duplicateSource === nearEmpty) duplicateSource = 1 + rng.nextIndex(n - 1);
  const duplicateAfter = duplicateSource + 1 + rng.nextIndex(n - duplicateSource);
  const blankAfter = 1 + rng.nextIndex(n - 1);
  return { nearEmpty, nearEmptyAnswered: answered, duplicateSource, duplicateAfter, blankAfter };
}

/** Kinds of problem cells. */
export type CellProblemKind = "empty" | "missing-code" | "out-of-range";

/**
 * Chooses problem cells in one pass, by sequential sampling (Knuth, TAOCP vol. 2,
 * §3.4.2, Algorithm S, extended to three kinds): each eligible cell, in file order,
 * draws u = nextDouble() and, with R cells left and q₁, q₂, q₃ problems of each kind
 * left, becomes kind k when u·R falls in the k-th of the intervals [0, q₁), [q₁, q₁+q₂),
 * [q₁+q₂, q₁+q₂+q₃). That picks exactly q₁ + q₂ + q₃ cells, uniformly, without storing
 * positions. A cell is skipped (its quota stays) when its participant already has the
 * most problem cells a scale allows (`CapGroup.cap`), so that every participant stays
 * scorable; the counts can then fall short by a few, and the summary gives the actual
 * ones. A missing-code cell then draws its code with nextIndex(codes).
 */
export class CellSampler {
  #rng: Rng;
  #left: number;
  #quota: number[];
  #codes: string[];
  #outOfRangeCount = 0;
  #groupsOfItem: number[][];
  #caps: Int32Array;
  #used: Int32Array;

  constructor(rng: Rng, model: SimulationModel, eligibleCells: number, missingCodes: string[]) {
    this.#rng = rng;
    this.#left = eligibleCells;
    this.#codes = missingCodes;
    this.#quota = [
      Math.round(PROBLEM_RATES.empty * eligibleCells),
      missingCodes.length > 0 ? Math.round(PROBLEM_RATES.missingCode * eligibleCells) : 0,
      Math.max(PROBLEM_RATES.minOutOfRange, Math.round(PROBLEM_RATES.outOfRange * eligibleCells)),
    ];
    this.#groupsOfItem = model.items.map(() => []);
    model.capGroups.forEach((g, k) => g.items.forEach((j) => this.#groupsOfItem[j].push(k)));
    this.#caps = Int32Array.from(model.capGroups, (g) => g.cap);
    this.#used = new Int32Array(model.capGroups.length);
  }

  /**
   * Applies problems to one participant's item cells (`cells[j]` is the text of item j,
   * `responses[j]` its value) and reports each change through `record`.
   */
  applyRow(
    model: SimulationModel,
    cells: string[],
    responses: Int32Array,
    record: (item: number, kind: CellProblemKind, value: string, original: number) => void,
  ): void {
    this.#used.fill(0);
    const quota = this.#quota;
    for (let j = 0; j < cells.length; j++) {
      const x = this.#rng.nextDouble() * this.#left;
      this.#left--;
      const kind = x < quota[0]
        ? 0
        : x < quota[0] + quota[1]
        ? 1
        : x < quota[0] + quota[1] + quota[2]
        ? 2
        : -1;
      if (kind < 0) continue;
      const groups = this.#groupsOfItem[j];
      if (groups.some((g) => this.#used[g] >= this.#caps[g])) continue;
      quota[kind]--;
      for (const g of groups) this.#used[g]++;
      let value: string;
      if (kind === 0) value = "";
      else if (kind === 1) value = this.#codes[this.#rng.nextIndex(this.#codes.length)];
      else value = String(_outOfRange(model.items[j], this.#outOfRangeCount++));
      cells[j] = value;
      record(
        j,
        kind === 0 ? "empty" : kind === 1 ? "missing-code" : "out-of-range",
        value,
        responses[j],
      );
    }
  }
}

/** The k-th out-of-range value cycles: min − 1, max + 1, the maximum typed twice (e.g. 77). */
function _outOfRange(item: { min: number; max: number }, k: number): number {
  if (k % 3 === 0) return item.min - 1;
  if (k % 3 === 1) return item.max + 1;
  const twice = Number(`${item.max}${item.max}`);
  return Number.isInteger(twice) && twice > item.max ? twice : item.max + 10;
}
