/**
 * What a simulation returns: its settings and exactly which problems were injected where.
 * Rows are 1-based lines of the file, the header being row 1 (as in `DataError` and the
 * cleaner's audit), so the blank line and the duplicate shift the rows after them.
 * @module
 */
import type { PathCoefficients } from "./options.ts";
import type { CellProblemKind } from "./problems.ts";

/** One item cell changed by an injected problem. */
export interface InjectedCell {
  row: number;
  id: string;
  column: string;
  kind: CellProblemKind;
  /** The text written ("" for an empty cell). */
  value: string;
  /** The response the cell held before (as written, i.e. reversed for reverse-keyed items). */
  original: number;
}

/** The settings and the injected problems of one simulated file. */
export interface SimulationSummary {
  study: string;
  synthetic: true;
  /** Distinct participants (the duplicate is not counted twice). */
  n: number;
  /** Participants meant to be analysable: n, minus the near-empty one. */
  nAnalysable: number;
  seed: number;
  /** Seed of the problem generator; null without problems. */
  problemSeed: number | null;
  paths: PathCoefficients;
  problems: boolean;
  header: string[];
  /** Lines written, including the header, the duplicate row and the blank line. */
  lines: number;
  /** Problem cells in file order. */
  cells: InjectedCell[];
  counts: { empty: number; missingCode: number; outOfRange: number };
  /** The repeated participant: the row of the original and of its identical copy. */
  duplicate: { id: string; row: number; copyRow: number } | null;
  blankLine: { row: number } | null;
  /** The participant who answered almost nothing, and the items they did answer. */
  nearEmpty: { id: string; row: number; answered: string[] } | null;
}
