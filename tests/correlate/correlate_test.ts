import assert from "node:assert/strict";
import { parse } from "csv-parse/sync";
import {
  type Column,
  correlate,
  type CorrelationRow,
  corTest,
} from "../../pipeline/correlate/mod.ts";
import { assertClose } from "../_helpers.ts";

const FIXTURE = "tests/fixtures/correlate";

interface ReferenceRow {
  x: string;
  y: string;
  nobs: number;
  estimate: number | null;
  statistic: number | null;
  statisticInfinite: boolean;
  df: number | null;
  pValue: number | null;
  pValueHolm: number | null;
  confLow: number | null;
  confHigh: number | null;
  confLow90: number | null;
  confHigh90: number | null;
}
interface ReferenceFamily {
  columns: { name: string; values: (number | null)[] }[];
  rows: ReferenceRow[];
}
interface Reference {
  main: ReferenceRow[];
  edge: ReferenceFamily;
  n4: ReferenceFamily;
}

const reference: Reference = JSON.parse(await Deno.readTextFile(`${FIXTURE}/reference.json`));

function mainColumns(): Column[] {
  const rows = parse(Deno.readTextFileSync(`${FIXTURE}/input.csv`), { columns: true }) as Record<
    string,
    string
  >[];
  return Object.keys(rows[0]).map((name) => ({
    name,
    values: Float64Array.from(rows, (r) => (r[name] === "" ? NaN : Number(r[name]))),
  }));
}

const familyColumns = (family: ReferenceFamily): Column[] =>
  family.columns.map(({ name, values }) => ({
    name,
    values: Float64Array.from(values, (v) => (v === null ? NaN : v)),
  }));

function closeOrNull(actual: number | null, expected: number | null, what: string): void {
  if (actual === null || expected === null) {
    assert.equal(actual, expected, what);
    return;
  }
  try {
    assertClose(actual, expected);
  } catch (error) {
    throw new Error(`${what}: ${(error as Error).message}`);
  }
}

function assertRowsMatch(rows: CorrelationRow[], expected: ReferenceRow[], ci90?: boolean) {
  assert.deepEqual(rows.map((r) => [r.x, r.y]), expected.map((r) => [r.x, r.y]));
  rows.forEach((row, i) => {
    const e = expected[i];
    const what = `${row.x}–${row.y}`;
    assert.equal(row.nobs, e.nobs, `${what} nobs`);
    assert.equal(row.method, "pearson");
    closeOrNull(row.estimate, e.estimate, `${what} r`);
    closeOrNull(row.statistic, e.statistic, `${what} t`);
    assert.equal(row.df, e.df, `${what} df`);
    closeOrNull(row.pValue, e.pValue, `${what} p`);
    closeOrNull(row.pValueHolm, e.pValueHolm, `${what} Holm p`);
    closeOrNull(row.confLow, ci90 ? e.confLow90 : e.confLow, `${what} conf low`);
    closeOrNull(row.confHigh, ci90 ? e.confHigh90 : e.confHigh, `${what} conf high`);
    for (const value of Object.values(row)) {
      if (typeof value === "number") assert.ok(Number.isFinite(value), `${what}: ${value}`);
    }
  });
}

Deno.test("correlate() matches cor.test (r, t, df, p, 95% CI) and p.adjust(holm) on every pair of the fixture", () => {
  assertRowsMatch(correlate(mainColumns()), reference.main);
});

Deno.test("correlate({ confLevel: 0.9 }) matches cor.test(conf.level = 0.90)", () => {
  assertRowsMatch(correlate(mainColumns(), { confLevel: 0.9 }), reference.main, true);
});

Deno.test("correlate() edge family matches R: constant and all-missing columns, n = 2, n = 3, r = ±1, Holm over the testable pairs only", () => {
  const rows = correlate(familyColumns(reference.edge));
  // R writes t = ±Inf as null with statisticInfinite; we give null for it too.
  assertRowsMatch(rows, reference.edge.rows);
  const byPair = (x: string, y: string) => rows.find((r) => r.x === x && r.y === y)!;
  // Constant column: nothing can be computed.
  assert.equal(byPair("a", "constant").estimate, null);
  // All missing: nobs 0.
  assert.equal(byPair("a", "allMissing").nobs, 0);
  // n = 2: r only.
  const n2 = byPair("a", "n2");
  assert.equal(n2.estimate, -1);
  assert.equal(n2.pValue, null);
  assert.equal(n2.pValueHolm, null);
  // n = 3: test but no interval.
  const n3 = byPair("a", "n3");
  assert.equal(n3.df, 1);
  assert.notEqual(n3.pValue, null);
  assert.equal(n3.confLow, null);
  // |r| = 1: t null (R: Inf), p 0, interval [r, r].
  const perfect = byPair("a", "reversed");
  assert.equal(perfect.estimate, -1);
  assert.equal(perfect.statistic, null);
  assert.equal(perfect.pValue, 0);
  assert.deepEqual([perfect.confLow, perfect.confHigh], [-1, -1]);
  assert.ok(
    reference.edge.rows.find((r) => r.x === "a" && r.y === "reversed")!.statisticInfinite,
  );
  // The family holds exactly the pairs with a p-value.
  const family = rows.filter((r) => r.pValue !== null).length;
  assert.equal(rows.filter((r) => r.pValueHolm !== null).length, family);
  assert.ok(family < rows.length);
});

Deno.test("correlate() with n = 4 gives the smallest interval cor.test gives, as R", () => {
  assertRowsMatch(correlate(familyColumns(reference.n4)), reference.n4.rows);
});

Deno.test("correlate() orders pairs as the columns are given and returns no pair for one column", () => {
  const v = new Float64Array([1, 2, 3, 5]);
  const cols = ["c", "a", "b"].map((name) => ({ name, values: v }));
  assert.deepEqual(correlate(cols).map((r) => `${r.x}-${r.y}`), ["c-a", "c-b", "a-b"]);
  assert.deepEqual(correlate(cols.slice(0, 1)), []);
});

Deno.test("correlate() rejects duplicate names, columns of unequal length and a bad confLevel", () => {
  const v = new Float64Array([1, 2, 3, 5]);
  assert.throws(() => correlate([{ name: "a", values: v }, { name: "a", values: v }]), RangeError);
  assert.throws(
    () => correlate([{ name: "a", values: v }, { name: "b", values: v.subarray(1) }]),
    RangeError,
  );
  assert.throws(
    () => corTest({ name: "a", values: v }, { name: "b", values: v }, { confLevel: 1 }),
    RangeError,
  );
});
