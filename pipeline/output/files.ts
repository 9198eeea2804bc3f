/**
 * The data files of a version folder: results.json, scores.csv, items.csv, cleaned.csv,
 * audit.csv. Plain text, deterministic (same analysis → same bytes).
 * @module
 */
import { toCsv } from "../io/csv_write.ts";
import type { Analysis } from "../run.ts";

/** The files (path → text) holding `analysis`'s data and results. */
export function dataFiles(analysis: Analysis): Record<string, string> {
  const { data, study, items, scores, covariates } = analysis;
  const itemColumns = study.instruments.flatMap((i) => i.items);
  const numeric = Object.keys(data.numeric);
  const categorical = Object.keys(data.categorical);
  const cleaned = toCsv(
    [study.idColumn, ...itemColumns, ...numeric, ...categorical],
    data.ids.map((id, k) => [
      id,
      ...itemColumns.map((c) => data.items[c][k]),
      ...numeric.map((c) => data.numeric[c][k]),
      ...categorical.map((c) => data.categorical[c][k]),
    ]),
  );
  const itemsCsv = toCsv(
    [study.idColumn, ...itemColumns],
    data.ids.map((id, k) => [id, ...itemColumns.map((c) => items[c][k])]),
  );
  const scoresCsv = toCsv(
    [study.idColumn, ...scores.scales.map((s) => s.scale), ...covariates.map((t) => t.name)],
    data.ids.map((id, k) => [
      id,
      ...scores.scales.map((s) => s.values[k]),
      ...covariates.map((t) => t.values[k]),
    ]),
  );
  const audit = toCsv(
    ["row", "id", "column", "oldValue", "newValue", "rule"],
    data.audit.map((e) => [e.row, e.id, e.column, e.oldValue, e.newValue, e.rule]),
  );
  return {
    "results.json": stableJson(analysis.results),
    "scores.csv": scoresCsv,
    "items.csv": itemsCsv,
    "cleaned.csv": cleaned,
    "audit.csv": audit,
  };
}

/**
 * JSON with two spaces and a final newline. Non-finite numbers are a bug (results use
 * null), so they throw rather than silently becoming null.
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (key, v) => {
    if (typeof v === "number" && !Number.isFinite(v)) {
      throw new TypeError(`non-finite number at "${key}" in results`);
    }
    return v;
  }, 2) + "\n";
}
