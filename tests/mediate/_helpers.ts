/** Shared helpers of the mediation tests: fixture loading and tolerance checks. */
import { parse } from "csv-parse/sync";
import { AssertionError } from "node:assert";
import type { EffectRow, MediationSpec } from "../../pipeline/mediate/mod.ts";

export const FIXTURES = new URL("../fixtures/mediate/", import.meta.url);

/** data.csv as numeric columns (the id column is skipped). */
export function loadData(): Record<string, Float64Array> {
  const text = Deno.readTextFileSync(new URL("data.csv", FIXTURES));
  const records = parse(text, { columns: true }) as Record<string, string>[];
  const out: Record<string, Float64Array> = {};
  for (const name of Object.keys(records[0])) {
    if (name === "id") continue;
    out[name] = Float64Array.from(records, (r) => Number(r[name]));
  }
  return out;
}

// deno-lint-ignore no-explicit-any
export type Json = any;

/** reference.json written by reference.R. */
export function loadReference(): Json {
  return JSON.parse(Deno.readTextFileSync(new URL("reference.json", FIXTURES)));
}

/** The MediationSpec of a model in reference.json. */
export function specOf(model: Json): MediationSpec {
  return {
    x: model.spec.x,
    m: model.spec.m,
    y: model.spec.y,
    covariates: model.spec.covariates,
    serial: model.spec.serial,
  };
}

/** |actual − expected| ≤ rel·max(|expected|, floor); `floor` guards values near 0. */
export function assertClose(
  actual: number | null | undefined,
  expected: number,
  rel: number,
  what: string,
  floor = 0,
): void {
  if (typeof actual !== "number" || !Number.isFinite(actual)) {
    throw new AssertionError({ message: `${what}: got ${actual}, expected ${expected}` });
  }
  const scale = Math.max(Math.abs(expected), floor);
  const diff = Math.abs(actual - expected);
  if (!(diff <= rel * scale)) {
    throw new AssertionError({
      message: `${what}: got ${actual}, expected ${expected} (relative error ${diff / scale})`,
    });
  }
}

/** The row of an effect and method; throws when absent or repeated. */
export function rowOf(rows: EffectRow[], effect: string, method?: string): EffectRow {
  const found = rows.filter((r) =>
    r.effect === effect && (method === undefined || r.method === method)
  );
  if (found.length !== 1) {
    throw new AssertionError({ message: `${found.length} rows for ${effect} / ${method}` });
  }
  return found[0];
}
