import assert from "node:assert/strict";
import fc from "fast-check";
import { clean } from "../../pipeline/clean/mod.ts";
import { DataError } from "../../pipeline/errors.ts";
import { ingest, parseCsv } from "../../pipeline/ingest/mod.ts";
import { toCsv } from "../../pipeline/io/csv_write.ts";
import { MINI_HEADER, miniStudy } from "../_helpers.ts";

const study = miniStudy();
const itemCell = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 1, max: 5 }).map(String) },
  fc.constantFrom("", "-99", "0", "6", "abc", "2.5", " 3 ", "3,5"),
);
const row = fc.record({
  id: fc.constantFrom("P1", "P2", "P3", "P4", "P5", ""),
  items: fc.array(itemCell, { minLength: 9, maxLength: 9 }),
  age: fc.constantFrom("30", "", "150", "-99", "x"),
  sex: fc.constantFrom("f", "m", "", "other"),
});
const file = fc.array(row, { minLength: 1, maxLength: 30 }).map((rows) =>
  [MINI_HEADER, ...rows.map((r) => [r.id, ...r.items.map((c) => `"${c}"`), r.age, r.sex].join(","))]
    .join("\n") + "\n"
);

Deno.test("clean() always reconciles: rows read = analysed + excluded, by reason too", async () => {
  await fc.assert(
    fc.asyncProperty(file, async (text) => {
      const raw = await ingest(new TextEncoder().encode(text), study, "p.csv");
      let data: ReturnType<typeof clean>;
      try {
        data = clean(raw, study);
      } catch (error) {
        assert.ok(error instanceof DataError); // every row excluded
        return;
      }
      const { nRead, nAnalysed, nExcluded, excludedByReason } = data.flow;
      assert.equal(nRead, raw.records.length);
      assert.equal(nRead, nAnalysed + nExcluded);
      assert.equal(excludedByReason.reduce((s, r) => s + r.n, 0), nExcluded);
      assert.equal(
        data.audit.filter((e) => e.column === null && e.rule !== "blank-line").length,
        nExcluded,
      );
      assert.equal(data.ids.length, nAnalysed);
      assert.equal(new Set(data.ids).size, nAnalysed, "analysed ids are unique");
    }),
    { numRuns: 300, seed: 1 },
  );
});

Deno.test("clean() leaves only missing or in-range whole responses, each change audited", async () => {
  await fc.assert(
    fc.asyncProperty(file, async (text) => {
      const raw = await ingest(new TextEncoder().encode(text), study, "p.csv");
      const before = JSON.stringify(raw.records);
      let data: ReturnType<typeof clean>;
      try {
        data = clean(raw, study);
      } catch {
        return;
      }
      assert.equal(JSON.stringify(raw.records), before, "the ingested records are not modified");
      for (const values of Object.values(data.items)) {
        for (const v of values) {
          assert.ok(Number.isNaN(v) || (Number.isInteger(v) && v >= 1 && v <= 5));
        }
      }
      // Every analysed cell that differs from its trimmed raw text has an audit entry.
      data.ids.forEach((id, k) => {
        const record = raw.records.find((r) => r.line === data.rows[k])!;
        for (const item of Object.keys(data.items)) {
          const cell = record.cells[raw.columnIndex[item]].trim();
          const value = data.items[item][k];
          const audited = data.audit.some((e) => e.row === record.line && e.column === item);
          if (cell !== "" && String(value) !== cell) assert.ok(audited, `${id} ${item} ${cell}`);
        }
      });
    }),
    { numRuns: 300, seed: 2 },
  );
});

Deno.test("toCsv() output parses back to the same cells with our CSV reader", () => {
  const text = fc.string({ unit: "grapheme", maxLength: 12 }).filter((s) =>
    !/^[=+\-@\t\r]/.test(s) && s.trim() !== ""
  );
  fc.assert(
    fc.property(
      fc.array(fc.array(text, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
      (rows) => {
        const csv = toCsv(["a", "b", "c"], rows);
        const table = parseCsv(new TextEncoder().encode(csv), "round-trip.csv");
        assert.deepEqual(table.records.map((r) => r.cells), rows);
      },
    ),
    { numRuns: 300, seed: 3 },
  );
});
