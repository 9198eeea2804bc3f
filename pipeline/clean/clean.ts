/**
 * Clean stage: types every cell, applies the study's missing codes and value rules,
 * resolves duplicated ids and excludes participants who cannot be scored on a scale of
 * the model. Every change and exclusion is an audit entry, and the participant flow
 * reconciles: rows read = rows analysed + rows excluded.
 *
 * Rules, in order:
 * 1. A row with an empty id is excluded (`missing-id`).
 * 2. Duplicated ids (`keep-first-identical`): when every row of an id is identical
 *    cell by cell, the first is kept and the others excluded (`duplicate-identical`);
 *    when they differ, all of them are excluded (`duplicate-conflicting`), since we
 *    cannot know which is right.
 * 3. Cells: missing codes (`missing-code`), non-numeric text (`non-numeric`),
 *    non-integer responses (`non-integer`), values outside the response range or the
 *    demographic's plausible range (`out-of-range`) and unknown categories
 *    (`unknown-level`) become missing. Empty cells are missing and not audited.
 * 4. A participant who answered less than the instrument's `minAnsweredShare` of the
 *    items of a scale the model uses (X, each M, Y) is excluded
 *    (`insufficient-items:<scale>`, the first such scale in model order).
 * @module
 */
import { DataError } from "../errors.ts";
import type { RawData } from "../ingest/ingest.ts";
import { scaleItems } from "../study/scales.ts";
import type { Study } from "../study/types.ts";
import { cleanCategorical, cleanItem, cleanNumeric } from "./rules.ts";
import type { AuditEntry, CleanData } from "./types.ts";

/**
 * Cleans ingested data for `study`; throws a `DataError` when no participant is left.
 *
 * @example
 * ```ts
 * import { loadStudy } from "../study/load.ts";
 * import { ingestFile } from "../ingest/ingest.ts";
 * import { clean } from "./clean.ts";
 * const study = await loadStudy("data/study.json");
 * const data = clean(await ingestFile(study.data, study), study);
 * const { nRead, nAnalysed, nExcluded } = data.flow;
 * if (nRead !== nAnalysed + nExcluded) throw new Error("flow does not reconcile");
 * ```
 */
export function clean(raw: RawData, study: Study): CleanData {
  const audit: AuditEntry[] = raw.blankLines.map((row) => ({
    row,
    id: null,
    column: null,
    oldValue: null,
    newValue: null,
    rule: "blank-line",
  }));
  const idAt = raw.columnIndex[study.idColumn];
  const excluded = new Map<number, string>(); // record index -> rule
  const exclude = (index: number, rule: string) => {
    excluded.set(index, rule);
    const record = raw.records[index];
    const id = record.cells[idAt].trim();
    audit.push({
      row: record.line,
      id: id || null,
      column: null,
      oldValue: null,
      newValue: null,
      rule,
    });
  };

  // Rules 1 and 2: ids.
  const byId = new Map<string, number[]>();
  raw.records.forEach((record, index) => {
    const id = record.cells[idAt].trim();
    if (id === "") return exclude(index, "missing-id");
    const list = byId.get(id);
    if (list) list.push(index);
    else byId.set(id, [index]);
  });
  for (const indices of byId.values()) {
    if (indices.length === 1) continue;
    const first = raw.records[indices[0]].cells.join("\u0000");
    const identical = indices.every((i) => raw.records[i].cells.join("\u0000") === first);
    indices.forEach((index, k) => {
      if (!identical) exclude(index, "duplicate-conflicting");
      else if (k > 0) exclude(index, "duplicate-identical");
    });
  }

  // Rule 3: cells of the remaining rows.
  const kept = raw.records.map((_, i) => i).filter((i) => !excluded.has(i));
  const missing = new Set(study.missingCodes.map((code) => code.trim()));
  const n = kept.length;
  const items: Record<string, Float64Array> = {};
  for (const instrument of study.instruments) {
    for (const item of instrument.items) {
      const at = raw.columnIndex[item];
      const values = new Float64Array(n);
      kept.forEach((index, k) => {
        const record = raw.records[index];
        const cell = record.cells[at];
        const { value, rule } = cleanItem(cell, instrument.responseRange, missing);
        values[k] = value;
        if (rule) _change(audit, record.line, record.cells[idAt], item, cell, value, rule);
      });
      items[item] = values;
    }
  }
  const numeric: Record<string, Float64Array> = {};
  const categorical: Record<string, (string | null)[]> = {};
  for (const d of study.demographics) {
    const at = raw.columnIndex[d.column];
    if (d.type === "numeric") {
      numeric[d.column] = Float64Array.from(kept, (index) => {
        const record = raw.records[index];
        const { value, rule } = cleanNumeric(record.cells[at], d.range, missing);
        if (rule) {
          _change(audit, record.line, record.cells[idAt], d.column, record.cells[at], value, rule);
        }
        return value;
      });
    } else {
      categorical[d.column] = kept.map((index) => {
        const record = raw.records[index];
        const { value, rule } = cleanCategorical(record.cells[at], d.levels, missing);
        if (rule) {
          _change(audit, record.line, record.cells[idAt], d.column, record.cells[at], value, rule);
        }
        return value;
      });
    }
  }

  // Rule 4: enough answered items on every scale of the model.
  const modelScales = [study.model.x, ...study.model.m, study.model.y];
  const keep = new Uint8Array(n).fill(1);
  for (let k = 0; k < n; k++) {
    for (const scale of modelScales) {
      const { instrument, items: scaleItemList } = scaleItems(study, scale);
      const answered = scaleItemList.filter((item) => !Number.isNaN(items[item][k])).length;
      if (answered < instrument.minAnsweredShare * scaleItemList.length) {
        keep[k] = 0;
        exclude(kept[k], `insufficient-items:${scale}`);
        break;
      }
    }
  }
  const select = <T extends Float64Array | (string | null)[]>(values: T): T =>
    (values instanceof Float64Array
      ? values.filter((_, k) => keep[k] === 1)
      : values.filter((_, k) => keep[k] === 1)) as T;
  const analysed = kept.filter((_, k) => keep[k] === 1);
  if (analysed.length === 0) {
    throw new DataError("no participant is left to analyse after cleaning", {
      stage: "clean",
      file: raw.file,
      found: `${raw.records.length} rows read, all excluded`,
      hint: "check the missing codes and response ranges in the study file against the data",
    });
  }
  // By row; within a row, cell changes (by column) before the row's exclusion.
  audit.sort((p, q) =>
    p.row - q.row || Number(p.column === null) - Number(q.column === null) ||
    (p.column ?? "").localeCompare(q.column ?? "")
  );
  const reasons = new Map<string, number>();
  for (const rule of excluded.values()) reasons.set(rule, (reasons.get(rule) ?? 0) + 1);
  return {
    ids: analysed.map((index) => raw.records[index].cells[idAt].trim()),
    rows: analysed.map((index) => raw.records[index].line),
    items: Object.fromEntries(Object.entries(items).map(([k, v]) => [k, select(v)])),
    numeric: Object.fromEntries(Object.entries(numeric).map(([k, v]) => [k, select(v)])),
    categorical: Object.fromEntries(Object.entries(categorical).map(([k, v]) => [k, select(v)])),
    audit,
    flow: {
      nRead: raw.records.length,
      nAnalysed: analysed.length,
      nExcluded: excluded.size,
      excludedByReason: [...reasons].sort(([a], [b]) => a.localeCompare(b)).map((
        [reason, count],
      ) => ({ reason, n: count })),
      blankLines: raw.blankLines.length,
    },
  };
}

function _change(
  audit: AuditEntry[],
  row: number,
  id: string,
  column: string,
  oldValue: string,
  value: number | string | null,
  rule: string,
): void {
  const newValue = value === null || (typeof value === "number" && Number.isNaN(value))
    ? null
    : String(value);
  audit.push({ row, id: id.trim(), column, oldValue, newValue, rule });
}
