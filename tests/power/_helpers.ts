/** Helpers of the power tests. */
import { AssertionError } from "node:assert";
import { DataError } from "../../pipeline/errors.ts";

/** reference.json of tests/fixtures/power, written by reference.R. */
// deno-lint-ignore no-explicit-any
export function readReference(): any {
  return JSON.parse(
    Deno.readTextFileSync(new URL("../fixtures/power/reference.json", import.meta.url)),
  );
}

/** Asserts |actual − expected| ≤ max(rel·|expected|, abs). */
export function assertClose(
  actual: number | null | undefined,
  expected: number,
  rel: number,
  label: string,
  abs = 0,
): void {
  const tolerance = Math.max(rel * Math.abs(expected), abs);
  if (typeof actual !== "number" || !(Math.abs(actual - expected) <= tolerance)) {
    throw new AssertionError({
      message: `${label}: got ${actual}, expected ${expected} (tolerance ${tolerance})`,
    });
  }
}

/** True for a DataError of the "options" stage (for assert.throws). */
export function isOptionsError(e: unknown): boolean {
  return e instanceof DataError && e.stage === "options";
}
