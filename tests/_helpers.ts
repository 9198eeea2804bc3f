/**
 * Shared test helpers: a small study definition and CSV builders.
 * @module
 */
import { validateStudy } from "../pipeline/study/validate.ts";
import type { Study } from "../pipeline/study/types.ts";

/** A raw (unvalidated) study definition with three 3-item scales x, m, y on 1–5. */
export function miniStudyJson(): Record<string, unknown> {
  const instrument = (id: string) => ({
    id,
    label: id.toUpperCase(),
    items: [1, 2, 3].map((i) => `${id}${i}`),
    responseRange: { min: 1, max: 5 },
  });
  return {
    schemaVersion: 1,
    id: "mini",
    title: "Mini study",
    data: "mini.csv",
    idColumn: "id",
    missingCodes: ["-99"],
    instruments: [
      { ...instrument("x"), reverse: ["x3"] },
      instrument("m"),
      { ...instrument("y"), minAnsweredShare: 0.6 },
    ],
    demographics: [
      { column: "age", label: "Age", type: "numeric", range: { min: 18, max: 99 } },
      { column: "sex", label: "Sex", type: "categorical", levels: ["f", "m"] },
    ],
    model: { x: "x", m: ["m"], y: "y", covariates: ["age"] },
  };
}

/** The validated mini study. */
export function miniStudy(): Study {
  return validateStudy(miniStudyJson(), "mini-study.json");
}

/** Header of the mini study's data file. */
export const MINI_HEADER = "id,x1,x2,x3,m1,m2,m3,y1,y2,y3,age,sex";

/** A mini data file: header plus the given lines, joined by `eol`. */
export function miniCsv(lines: string[], eol = "\n"): Uint8Array {
  return new TextEncoder().encode([MINI_HEADER, ...lines].join(eol) + eol);
}

/** Asserts |actual − expected| ≤ rel·|expected| (or ≤ abs near zero). */
export function assertClose(actual: number, expected: number, rel = 1e-9, abs = 1e-12): void {
  const tolerance = Math.max(rel * Math.abs(expected), abs);
  if (!(Math.abs(actual - expected) <= tolerance)) {
    throw new Error(`expected ${expected}, got ${actual} (tolerance ${tolerance})`);
  }
}

/** The repository root (with a trailing slash). */
export const ROOT = new URL("../", import.meta.url).pathname;

/** What a command-line run printed and returned. */
export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/**
 * Runs `pipeline/cli.ts <args>` in a subprocess from the repository root, as a user
 * would, with read access to the project and `writable`, and write access to `writable`.
 */
export async function runCli(args: string[], writable: string): Promise<CliResult> {
  const result = await new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "--quiet",
      `--allow-read=${ROOT},${writable}`,
      `--allow-write=${writable}`,
      "pipeline/cli.ts",
      ...args,
    ],
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  return { code: result.code, out: decode(result.stdout), err: decode(result.stderr) };
}

/** The last line a command printed: `reproduce` prints the version folder there. */
export function lastLine(text: string): string {
  return text.trim().split("\n").at(-1) ?? "";
}
