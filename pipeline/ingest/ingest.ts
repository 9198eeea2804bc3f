/**
 * Ingest: reads a data file, parses it as CSV and checks its header against the study
 * definition. Cell values stay text here; the clean stage types them and records every
 * change in the audit log.
 * @module
 */
import { DataError, DataErrors } from "../errors.ts";
import { readInputFile } from "../io/read_input.ts";
import type { Study } from "../study/types.ts";
import { type CsvRecord, parseCsv, type ParseCsvOptions } from "./csv.ts";
import type { CsvRows } from "./csv_rows.ts";

/** What a column holds, according to the study definition. */
export type ColumnKind = "id" | "item" | "numeric" | "categorical";

/** The data file as read: header-checked records of text cells. */
export interface RawData {
  file: string;
  delimiter: "," | ";";
  /** Header names (trimmed), in file order. */
  columns: string[];
  /** Position of each known column in `columns`. */
  columnIndex: Record<string, number>;
  kinds: Record<string, ColumnKind>;
  /** The data records (made on first access when the text was split directly). */
  records: CsvRecord[];
  blankLines: number[];
  /** SHA-256 (hex) of the file's bytes, for provenance. */
  sha256: string;
  /**
   * The records one at a time (not enumerable: `records` is their data), which the clean
   * stage reads so that a large file's records are never all made at once.
   */
  rows: CsvRows;
}

/** Reads `path` (read-only) and ingests it; see `ingest`. */
export async function ingestFile(path: string, study: Study): Promise<RawData> {
  return await ingest(await readInputFile(path, "ingest"), study, path);
}

/**
 * Parses CSV bytes and checks the header: every study column present once, no column
 * the study does not know. All header problems are reported together (`DataErrors`).
 * `options` choose how the text is parsed (the result is the same; see `parseCsv`).
 */
export async function ingest(
  bytes: Uint8Array,
  study: Study,
  file: string,
  options: ParseCsvOptions = {},
): Promise<RawData> {
  const table = parseCsv(bytes, file, options);
  const columns = table.header.map((name) => name.trim());
  const kinds = expectedColumns(study);
  const problems: DataError[] = [];
  const columnIndex: Record<string, number> = {};
  columns.forEach((name, i) => {
    if (name in columnIndex) {
      problems.push(
        new DataError("column appears twice in the header", {
          stage: "ingest",
          file,
          row: 1,
          column: name,
          found: `columns ${columnIndex[name] + 1} and ${i + 1}`,
          hint: "rename or remove one of them",
        }),
      );
    } else if (!(name in kinds)) {
      problems.push(
        new DataError("column is not in the study definition", {
          stage: "ingest",
          file,
          row: 1,
          column: name,
          found: name === "" ? "(empty header cell)" : name,
          hint: "remove the column, fix its name, or declare it in the study file",
        }),
      );
    } else columnIndex[name] = i;
  });
  const missing = Object.keys(kinds).filter((name) => !(name in columnIndex));
  if (missing.length > 0) {
    problems.push(
      new DataError(`${missing.length} column(s) of the study definition are missing`, {
        stage: "ingest",
        file,
        row: 1,
        found: missing.length > 12 ? `${missing.slice(0, 12).join(", ")}, ...` : missing.join(", "),
        expected: "every item, the id column and every demographic column",
        hint: "check the column names against the study file",
      }),
    );
  }
  if (problems.length === 1) throw problems[0];
  if (problems.length > 1) throw new DataErrors(problems);
  if (table.rows.length === 0) {
    throw new DataError("the file has a header but no data rows", {
      stage: "ingest",
      file,
      expected: "one row per participant",
    });
  }
  const raw = { file, delimiter: table.delimiter, columns, columnIndex, kinds } as RawData;
  // `records` and `rows` as in the table: made on demand, and not enumerable.
  Object.defineProperty(raw, "records", { enumerable: true, get: () => table.records });
  raw.blankLines = table.blankLines;
  raw.sha256 = await _sha256(bytes);
  Object.defineProperty(raw, "rows", { enumerable: false, value: table.rows });
  return raw;
}

/** Every column a data file of `study` must have, with its kind. */
export function expectedColumns(study: Study): Record<string, ColumnKind> {
  const kinds: Record<string, ColumnKind> = { [study.idColumn]: "id" };
  for (const instrument of study.instruments) {
    for (const item of instrument.items) kinds[item] = "item";
  }
  for (const d of study.demographics) kinds[d.column] = d.type;
  return kinds;
}

async function _sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}
