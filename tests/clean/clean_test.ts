import assert from "node:assert/strict";
import { clean } from "../../pipeline/clean/mod.ts";
import { DataError } from "../../pipeline/errors.ts";
import { ingest } from "../../pipeline/ingest/mod.ts";
import { miniCsv, miniStudy } from "../_helpers.ts";

const study = miniStudy();
const cleanLines = async (lines: string[]) =>
  clean(await ingest(miniCsv(lines), study, "data.csv"), study);
const rules = (data: Awaited<ReturnType<typeof cleanLines>>) => data.audit.map((e) => e.rule);

Deno.test("clean() turns missing codes, out-of-range and non-numeric items into audited NaN", async () => {
  const data = await cleanLines([
    "P0,1,2,3,4,5,1,2,3,4,30,f",
    'P1,-99,0,6,abc,3.5,"3,5",2,2,2,30,f',
  ]);
  assert.deepEqual(
    data.audit.map((e) => [e.row, e.id, e.column, e.oldValue, e.newValue, e.rule]),
    [
      [3, "P1", "m1", "abc", null, "non-numeric"],
      [3, "P1", "m2", "3.5", null, "non-integer"],
      [3, "P1", "m3", "3,5", null, "non-numeric"],
      [3, "P1", "x1", "-99", null, "missing-code"],
      [3, "P1", "x2", "0", null, "out-of-range"],
      [3, "P1", "x3", "6", null, "out-of-range"],
      [3, "P1", null, null, null, "insufficient-items:x"],
    ],
  );
  assert.deepEqual(data.ids, ["P0"]);
  assert.equal(data.flow.nRead, data.flow.nAnalysed + data.flow.nExcluded);
});

Deno.test("clean() excludes a participant below the answered share of a model scale", async () => {
  const data = await cleanLines([
    "P1,1,2,3,4,5,1,2,3,4,30,f",
    "P2,1,,3,4,5,1,2,3,4,30,f", // x: 2 of 3 answered < 0.8
    "P3,1,2,3,4,5,1,2,3,,30,f", // y: 2 of 3 answered >= 0.6
  ]);
  assert.deepEqual(data.ids, ["P1", "P3"]);
  assert.deepEqual(data.flow.excludedByReason, [{ reason: "insufficient-items:x", n: 1 }]);
});

Deno.test("clean() keeps the first of identical duplicates and drops all conflicting ones", async () => {
  const data = await cleanLines([
    "P1,1,2,3,4,5,1,2,3,4,30,f",
    "P2,1,2,3,4,5,1,2,3,4,30,f",
    "P1,1,2,3,4,5,1,2,3,4,30,f",
    "P2,5,5,5,4,5,1,2,3,4,30,f",
  ]);
  assert.deepEqual(data.ids, ["P1"]);
  assert.deepEqual(data.flow.excludedByReason, [
    { reason: "duplicate-conflicting", n: 2 },
    { reason: "duplicate-identical", n: 1 },
  ]);
  assert.deepEqual(data.audit.filter((e) => e.rule.startsWith("dup")).map((e) => e.row), [3, 4, 5]);
});

Deno.test("clean() audits blank lines and rows without an id", async () => {
  const data = await cleanLines(["P1,1,2,3,4,5,1,2,3,4,30,f", "", ",1,2,3,4,5,1,2,3,4,30,f"]);
  assert.deepEqual(rules(data), ["blank-line", "missing-id"]);
  assert.equal(data.flow.blankLines, 1);
  assert.equal(data.flow.nRead, 2);
});

Deno.test("clean() audits demographics: out of plausible range, unknown level", async () => {
  const data = await cleanLines(["P1,1,2,3,4,5,1,2,3,4,150,x"]);
  assert.ok(Number.isNaN(data.numeric.age[0]));
  assert.equal(data.categorical.sex[0], null);
  assert.deepEqual(rules(data), ["out-of-range", "unknown-level"]);
});

Deno.test("clean() stops with a DataError when every participant is excluded", async () => {
  await assert.rejects(() => cleanLines([",1,2,3,4,5,1,2,3,4,30,f"]), DataError);
});

Deno.test("clean() does not reverse-key: items stay as answered", async () => {
  const data = await cleanLines(["P1,1,2,3,4,5,1,2,3,4,30,f"]);
  assert.equal(data.items.x3[0], 3);
});
