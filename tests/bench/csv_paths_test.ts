/**
 * parseCsv's direct split of quote-free text gives what csv-parse gives: the same records,
 * line numbers, blank lines and errors, on generated texts and on the edge cases by name.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { parseCsv } from "../../pipeline/ingest/mod.ts";

/** The outcome of a parse: the table, or the error's message and fields. */
function outcome(text: string, simplePath: boolean): unknown {
  try {
    return parseCsv(new TextEncoder().encode(text), "t.csv", { simplePath });
  } catch (error) {
    return { error: String(error), ...(error as object) };
  }
}

function assertSamePaths(text: string) {
  assert.deepEqual(outcome(text, true), outcome(text, false), JSON.stringify(text));
}

const NAMED: Record<string, string> = {
  "LF with a final line break": "id,x\nP1,3\nP2,4\n",
  "LF without a final line break": "id,x\nP1,3\nP2,4",
  "CRLF": "id,x\r\nP1,3\r\nP2,4\r\n",
  "CRLF, blank lines inside and at the end": "id,x\r\n\r\nP1,3\r\n  \r\nP2,4\r\n\r\n",
  "blank lines and whitespace-only lines": "\n\nid;x\n \t\nP1;3\n\n\n",
  "semicolons with commas inside cells": "id;x\nP1;3,5\nP2;4\n",
  "mixed line ends (csv-parse decides)": "id,x\r\nP1,3\nP2,4\r\n",
  "a lone CR (csv-parse decides)": "id,x\rP1,3\rP2,4",
  "quotes (csv-parse decides)": 'id,x\nP1,"3"\n',
  "ragged rows": "id,x,y\nP1,3\n",
  "empty cells and trailing delimiter": "id,x,y\nP1,,\n,,\n",
  "header only": "id,x\n",
  "only whitespace": " \n\t\r\n",
  "BOM": "\ufeffid,x\nP1,3\n",
  "non-ASCII cells": "id,x\nPé,3\n日本,4\n",
};

for (const [name, text] of Object.entries(NAMED)) {
  Deno.test(`parseCsv: direct split and csv-parse agree (${name})`, () => assertSamePaths(text));
}

Deno.test("parseCsv: direct split and csv-parse agree on generated texts", () => {
  const piece = fc.constantFrom("a", "1", "-98", " ", "", ",", ";", "\n", "\r\n", "\r", "é");
  const lineEnd = fc.constantFrom("\n", "\r\n");
  // Mostly well-formed tables (one line-end style), sometimes arbitrary mixtures.
  const table = fc.tuple(
    fc.array(fc.array(fc.constantFrom("a", "1", "", " ", "NA"), { maxLength: 4 }), {
      maxLength: 8,
    }),
    fc.constantFrom(",", ";"),
    lineEnd,
    fc.boolean(),
  ).map(([rows, sep, eol, final]) =>
    ["id" + sep + "x" + sep + "y", ...rows.map((r) => r.join(sep))].join(eol) + (final ? eol : "")
  );
  const soup = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(""));
  fc.assert(fc.property(fc.oneof(table, soup), assertSamePaths), { numRuns: 3000 });
});
