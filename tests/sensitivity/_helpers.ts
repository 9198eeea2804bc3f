/** Helpers of the sensitivity tests: the fixture data and a relative-tolerance assertion. */
import { AssertionError } from "node:assert";

export const FIXTURES = new URL("../fixtures/sensitivity/", import.meta.url);

/** The committed input.csv as columns; "NA" becomes NaN (a missing value). */
export function readInput(): Record<string, Float64Array> {
  const [header, ...lines] = Deno.readTextFileSync(new URL("input.csv", FIXTURES)).trim()
    .split("\n");
  const names = header.split(",");
  const columns = names.map(() => new Float64Array(lines.length));
  lines.forEach((line, i) => {
    line.split(",").forEach((cell, j) => {
      columns[j][i] = cell === "NA" ? NaN : Number(cell);
    });
  });
  return Object.fromEntries(names.map((name, j) => [name, columns[j]]));
}

/** reference.json, written by reference.R. */
// deno-lint-ignore no-explicit-any
export function readReference(): any {
  return JSON.parse(Deno.readTextFileSync(new URL("reference.json", FIXTURES)));
}

/** Asserts |actual − expected| ≤ max(rel·|expected|, abs). */
export function assertClose(
  actual: number | null | undefined,
  expected: number,
  rel: number,
  label: string,
  abs = 0,
): void {
  if (typeof actual !== "number" || !Number.isFinite(actual)) {
    throw new AssertionError({ message: `${label}: got ${actual}, expected ${expected}` });
  }
  const tolerance = Math.max(rel * Math.abs(expected), abs);
  if (!(Math.abs(actual - expected) <= tolerance)) {
    throw new AssertionError({
      message: `${label}: got ${actual}, expected ${expected} (|diff| ${
        Math.abs(actual - expected)
      } > ${tolerance})`,
    });
  }
}

/** Element-wise {@link assertClose}. */
export function assertAllClose(
  actual: ArrayLike<number | null>,
  expected: number[],
  rel: number,
  label: string,
  abs = 0,
): void {
  if (actual.length !== expected.length) {
    throw new AssertionError({
      message: `${label}: length ${actual.length}, expected ${expected.length}`,
    });
  }
  for (let i = 0; i < expected.length; i++) {
    assertClose(actual[i], expected[i], rel, `${label}[${i}]`, abs);
  }
}
