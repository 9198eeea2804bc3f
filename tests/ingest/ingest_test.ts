import assert from "node:assert/strict";
import { DataError, DataErrors } from "../../pipeline/errors.ts";
import { ingest } from "../../pipeline/ingest/mod.ts";
import { MINI_HEADER, miniCsv, miniStudy } from "../_helpers.ts";

const study = miniStudy();
const ROW = "P1,1,2,3,4,5,1,2,3,4,30,f";
const text = (s: string) => new TextEncoder().encode(s);

async function ingestError(bytes: Uint8Array): Promise<DataError> {
  try {
    await ingest(bytes, study, "data.csv");
  } catch (error) {
    assert.ok(error instanceof DataError, `not a DataError: ${error}`);
    return error;
  }
  assert.fail("ingest accepted bad input");
}

Deno.test("ingest() reads a well-formed file and records its SHA-256", async () => {
  const raw = await ingest(miniCsv([ROW, "P2,1,1,1,1,1,1,1,1,1,40,m"]), study, "data.csv");
  assert.equal(raw.records.length, 2);
  assert.equal(raw.records[1].line, 3);
  assert.equal(raw.records[0].cells[raw.columnIndex["age"]], "30");
  assert.match(raw.sha256, /^[0-9a-f]{64}$/);
});

Deno.test("ingest() accepts a UTF-8 BOM, CRLF line ends and semicolons alike", async () => {
  const plain = await ingest(miniCsv([ROW]), study, "a.csv");
  const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...miniCsv([ROW], "\r\n")]);
  const withBom = await ingest(bom, study, "b.csv");
  const semi = await ingest(
    miniCsv([ROW].map((l) => l.replaceAll(",", ";")))
      .map((b) => b === 44 ? 59 : b),
    study,
    "c.csv",
  );
  assert.deepEqual(withBom.records, plain.records);
  assert.deepEqual(semi.records, plain.records);
  assert.equal(semi.delimiter, ";");
});

Deno.test("ingest() skips blank lines and lists them by line number", async () => {
  const raw = await ingest(miniCsv([ROW, "", "P2,1,1,1,1,1,1,1,1,1,40,m"]), study, "data.csv");
  assert.deepEqual(raw.blankLines, [3]);
  assert.equal(raw.records[1].line, 4);
});

Deno.test("ingest() rejects an empty file and a header without rows", async () => {
  assert.match((await ingestError(text(""))).message, /empty/);
  assert.match((await ingestError(text(MINI_HEADER + "\n"))).message, /no data rows/);
});

Deno.test("ingest() names the line of an unterminated quote", async () => {
  const error = await ingestError(miniCsv([ROW, 'P2,"1,1,1,1,1,1,1,1,1,40,m']));
  assert.match(error.message, /never closed/);
  assert.ok(error.row !== null && error.row >= 3);
});

Deno.test("ingest() names the line and cell counts of a ragged row", async () => {
  const error = await ingestError(miniCsv([ROW, "P2,1,1,1"]));
  assert.equal(error.row, 3);
  assert.equal(error.found, "4 cells");
});

Deno.test("ingest() reports duplicated, unknown and missing header columns together", async () => {
  const header = MINI_HEADER.replace("x2", "x1").replace(",sex", ",gender");
  const error = await ingestError(text(`${header}\n${ROW}\n`));
  assert.ok(error instanceof DataErrors);
  const messages = error.errors.map((e) => `${e.column}: ${e.message} ${e.found}`).join("\n");
  assert.match(messages, /x1: column appears twice/);
  assert.match(messages, /gender: column is not in the study definition/);
  assert.match(messages, /missing.*x2, sex/);
});

Deno.test("ingest() rejects UTF-16, binary files and invalid UTF-8 with a fix", async () => {
  const utf16 = new Uint8Array([
    0xff,
    0xfe,
    ...[...MINI_HEADER].flatMap((c) => [c.charCodeAt(0), 0]),
  ]);
  assert.match((await ingestError(utf16)).message, /UTF-16/);
  assert.match((await ingestError(new Uint8Array([1, 0, 2, 0, 255]))).message, /NUL/);
  const latin1 = miniCsv([ROW, "P\xe92,1,1,1,1,1,1,1,1,1,40,m"]);
  const bytes = new Uint8Array([...latin1].map((b, i, all) =>
    // Replace the UTF-8 encoding of é (c3 a9) by Latin-1 e9 followed by a space.
    b === 0xc3 && all[i + 1] === 0xa9 ? 0xe9 : b === 0xa9 && all[i - 1] === 0xc3 ? 0x20 : b
  ));
  const error = await ingestError(bytes);
  assert.match(error.message, /not valid UTF-8/);
  assert.equal(error.row, 3);
});

Deno.test("ingest() keeps a cell of several megabytes intact", async () => {
  const big = "x".repeat(3 * 1024 * 1024);
  const raw = await ingest(miniCsv([ROW.replace("P1", big)]), study, "data.csv");
  assert.equal(raw.records[0].cells[0].length, big.length);
});
