/**
 * Our one CSV reader: strict RFC 4180 through the npm package `csv-parse` (JSR's
 * @std/csv cannot be reached from our machines). Accepts UTF-8 with or without BOM,
 * LF or CRLF line ends, and comma or semicolon delimiters (detected from the header).
 * Every problem is a `DataError` with the file, the 1-based line and what to do.
 * Text without quotes (what survey tools and our simulator write) is split directly, to the
 * same records (see csv_rows.ts): a million-row file then costs its text and three numbers
 * per row, not a million arrays.
 * @module
 */
import { parse } from "csv-parse/sync";
import { DataError } from "../errors.ts";
import { arrayRows, type CsvRows, textRows } from "./csv_rows.ts";

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
  /** The records (made on first access when the text was split directly). */
  records: CsvRecord[];
  blankLines: number[];
  /**
   * The same records read one at a time (not enumerable: `records` is their data). What
   * the clean stage reads, so that a large file's records are never all made at once.
   */
  rows: CsvRows;
}

/** How `parseCsv` parses; the result is the same either way. */
export interface ParseCsvOptions {
  /**
   * Split text without quotes directly (see csv_rows.ts) instead of through csv-parse: the
   * same records, several times faster and in a fraction of the memory. Default true; false
   * is for the tests that prove the two agree.
   */
  simplePath?: boolean;
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
export function parseCsv(
  bytes: Uint8Array,
  file: string,
  options: ParseCsvOptions = {},
): CsvTable {
  const text = _decode(bytes, file);
  if (_isBlank(text)) {
    throw new DataError("the file is empty", {
      stage: "ingest",
      file,
      expected: "a header line and one line per participant",
    });
  }
  const delimiter = _detectDelimiter(text);
  const simple = options.simplePath ?? true ? textRows(text, delimiter) : null;
  if (simple !== null) {
    if (simple.wrongLength !== null) {
      _wrongLength(file, delimiter, simple.wrongLength, simple.header?.length ?? 0);
    }
    return csvTable(file, delimiter, simple.header ?? [], simple.blankLines, simple.rows);
  }
  const records: CsvRecord[] = [];
  const blankLines: number[] = [];
  let previousEnd = 0;
  let header: string[] | null = null;
  for (const { record, info } of _parse(text, delimiter, file)) {
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
      _wrongLength(file, delimiter, { line, cells: record.length }, header.length);
    }
    records.push({ line, cells: record });
  }
  return csvTable(file, delimiter, header ?? [], blankLines, arrayRows(records));
}

/**
 * A table whose `records` are made from `rows` on first access (and `rows` not enumerable,
 * so that the table compares and serialises as its records).
 */
export function csvTable(
  file: string,
  delimiter: "," | ";",
  header: string[],
  blankLines: number[],
  rows: CsvRows,
): CsvTable {
  const table = { file, delimiter, header } as CsvTable;
  let records: CsvRecord[] | null = null;
  Object.defineProperty(table, "records", {
    enumerable: true,
    get: () => (records ??= rows.records()),
  });
  table.blankLines = blankLines;
  Object.defineProperty(table, "rows", { enumerable: false, value: rows });
  return table;
}

function _wrongLength(
  file: string,
  delimiter: string,
  found: { line: number; cells: number },
  expected: number,
): never {
  throw new DataError("wrong number of cells", {
    stage: "ingest",
    file,
    row: found.line,
    found: `${found.cells} cells`,
    expected: `${expected} cells, as in the header`,
    hint:
      `check the line for a missing or extra "${delimiter}" or an unquoted "${delimiter}" inside a cell`,
  });
}

type Parsed = { record: string[]; info: { lines: number } }[];

/** Records through csv-parse (RFC 4180 quoting), with the line each ends on. */
function _parse(text: string, delimiter: "," | ";", file: string): Parsed {
  let parsed: Parsed;
  try {
    parsed = parse(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: false,
      relax_quotes: false,
      max_record_size: 64 * 1024 * 1024,
    }) as unknown as Parsed;
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
  return parsed;
}

/** Whether text is empty or only whitespace (as `text.trim() === ""`, without a copy). */
function _isBlank(text: string): boolean {
  return !/\S/.test(text);
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
