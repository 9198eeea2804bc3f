/**
 * Our one CSV reader: strict RFC 4180 through the npm package `csv-parse` (JSR's
 * @std/csv cannot be reached from our machines). Accepts UTF-8 with or without BOM,
 * LF or CRLF line ends, and comma or semicolon delimiters (detected from the header).
 * Every problem is a `DataError` with the file, the 1-based line and what to do.
 * @module
 */
import { parse } from "csv-parse/sync";
import { DataError } from "../errors.ts";

/** One record of the file with the line it starts on (1-based, header = line 1). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** A parsed CSV file: header, data records, and the lines that were blank. */
export interface CsvTable {
  file: string;
  delimiter: "," | ";";
  header: string[];
  records: CsvRecord[];
  blankLines: number[];
}

/**
 * Decodes and parses CSV bytes. Blank lines are skipped and listed; a record with a
 * different number of cells than the header is an error.
 *
 * @example
 * ```ts
 * import { parseCsv } from "./csv.ts";
 * const table = parseCsv(new TextEncoder().encode("id;x\r\nP1;3\r\n"), "example.csv");
 * if (table.delimiter !== ";" || table.records[0].cells[1] !== "3") throw new Error("csv");
 * ```
 */
export function parseCsv(bytes: Uint8Array, file: string): CsvTable {
  const text = _decode(bytes, file);
  if (text.trim() === "") {
    throw new DataError("the file is empty", {
      stage: "ingest",
      file,
      expected: "a header line and one line per participant",
    });
  }
  const delimiter = _detectDelimiter(text);
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: false,
      relax_quotes: false,
      max_record_size: 64 * 1024 * 1024,
    }) as unknown as typeof parsed;
  } catch (error) {
    const e = error as { message: string; lines?: number; code?: string };
    throw new DataError(`the file is not valid CSV: ${_csvMessage(e)}`, {
      stage: "ingest",
      file,
      row: e.lines ?? null,
      hint: "fix the quoting on that line: a quoted cell must end with a quote, and a quote " +
        'inside it is written twice ("")',
    });
  }
  const records: CsvRecord[] = [];
  const blankLines: number[] = [];
  let previousEnd = 0;
  let header: string[] | null = null;
  for (const { record, info } of parsed) {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    if (record.length === 1 && record[0].trim() === "") {
      blankLines.push(line);
      continue;
    }
    if (header === null) {
      header = record;
      continue;
    }
    if (record.length !== header.length) {
      throw new DataError("wrong number of cells", {
        stage: "ingest",
        file,
        row: line,
        found: `${record.length} cells`,
        expected: `${header.length} cells, as in the header`,
        hint:
          `check the line for a missing or extra "${delimiter}" or an unquoted "${delimiter}" inside a cell`,
      });
    }
    records.push({ line, cells: record });
  }
  return { file, delimiter, header: header ?? [], records, blankLines };
}

function _decode(bytes: Uint8Array, file: string): string {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16 || (bytes.length > 1 && bytes.subarray(0, 1024).includes(0))) {
    throw new DataError(
      utf16 ? "the file is UTF-16 text" : "the file contains NUL bytes: it is not a text file",
      {
        stage: "ingest",
        file,
        expected: "CSV text in UTF-8",
        hint: utf16
          ? 'save it as "CSV UTF-8" (in Excel: Save As > CSV UTF-8)'
          : "export the data as CSV (UTF-8) from your survey tool or spreadsheet",
      },
    );
  }
  try {
    // ignoreBOM: false strips a leading UTF-8 BOM.
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const line = _firstInvalidUtf8Line(bytes);
    throw new DataError("the file is not valid UTF-8", {
      stage: "ingest",
      file,
      row: line,
      expected: "CSV text in UTF-8",
      hint: 'the file is probably in a legacy encoding (e.g. Windows-1252): save it as "CSV UTF-8"',
    });
  }
}

function _firstInvalidUtf8Line(bytes: Uint8Array): number | null {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1, start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return null;
}

/** Comma unless the first non-blank line has more semicolons (outside quotes) than commas. */
function _detectDelimiter(text: string): "," | ";" {
  let commas = 0, semicolons = 0, quoted = false;
  for (const ch of text.replace(/^\s+/, "")) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch === ",") commas++;
    else if (!quoted && ch === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

function _csvMessage(e: { message: string; code?: string }): string {
  if (e.code === "CSV_QUOTE_NOT_CLOSED") return "a quoted cell is never closed";
  if (e.code === "CSV_INVALID_CLOSING_QUOTE") return "a quote appears inside an unquoted cell";
  return e.message.replace(/\s+/g, " ");
}
