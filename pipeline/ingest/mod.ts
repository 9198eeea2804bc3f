/**
 * Ingest stage: CSV bytes → header-checked records (see `ingest`), and the project's one
 * CSV reader (`parseCsv`, built on the npm package csv-parse).
 * @module
 */
export { expectedColumns, ingest, ingestFile } from "./ingest.ts";
export type { ColumnKind, RawData } from "./ingest.ts";
export { parseCsv } from "./csv.ts";
export type { CsvRecord, CsvTable, ParseCsvOptions } from "./csv.ts";
export type { CsvRows } from "./csv_rows.ts";
