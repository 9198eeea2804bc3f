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
  // The records one at a time: a large file's are never all made (see `RawData.rows`).
  const rows = raw.rows;
  const excluded = new Map<number, string>(); // record index -> rule
  const exclude = (index: number, rule: string) => {
    excluded.set(index, rule);
    const id = rows.cell(index, idAt).trim();
    audit.push({
      row: rows.line(index),
      id: id || null,
      column: null,
      oldValue: null,
      newValue: null,
      rule,
    });
  };

  // Rules 1 and 2: ids. The first row of each id, and the rows of ids seen more than once
  // (in the order their id first appeared: a list per id would cost a million arrays).
  const firstOf = new Map<string, number>();
  const repeated = new Map<string, number[]>();
  for (let index = 0; index < rows.length; index++) {
    const id = rows.cell(index, idAt).trim();
    if (id === "") {
      exclude(index, "missing-id");
      continue;
    }
    const first = firstOf.get(id);
    if (first === undefined) firstOf.set(id, index);
    else {
      const list = repeated.get(id);
      if (list) list.push(index);
      else repeated.set(id, [first, index]);
    }
  }
  const byFirst = [...repeated.values()].sort((p, q) => p[0] - q[0]);
  for (const indices of byFirst) {
    const first = rows.cells(indices[0]).join("\u0000");
    const identical = indices.every((i) => rows.cells(i).join("\u0000") === first);
    indices.forEach((index, k) => {
      if (!identical) exclude(index, "duplicate-conflicting");
      else if (k > 0) exclude(index, "duplicate-identical");
    });
  }

  // Rule 3: cells of the remaining rows.
  const kept: number[] = [];
  for (let i = 0; i < rows.length; i++) if (!excluded.has(i)) kept.push(i);
  const missing = new Set(study.missingCodes.map((code) => code.trim()));
  const n = kept.length;
  // Row by row (each record is read once: column by column, a million-row file would be
  // read sixty times); each column's changes are kept apart and logged in column order.
  const items: Record<string, Float64Array> = {};
  const numeric: Record<string, Float64Array> = {};
  const categorical: Record<string, (string | null)[]> = {};
  const itemColumns: _ItemColumn[] = [];
  for (const instrument of study.instruments) {
    for (const item of instrument.items) {
      const values = new Float64Array(n);
      items[item] = values;
      itemColumns.push({
        name: item,
        at: raw.columnIndex[item],
        range: instrument.responseRange,
        values,
        changes: [],
      });
    }
  }
  const demographicColumns = study.demographics.map((d) => {
    const values = d.type === "numeric" ? new Float64Array(n) : new Array<string | null>(n);
    if (values instanceof Float64Array) numeric[d.column] = values;
    else categorical[d.column] = values;
    return { d, at: raw.columnIndex[d.column], values, changes: [] as AuditEntry[] };
  });
  // Rule 4 (enough answered items on every scale of the model) is checked as each row is
  // done: an excluded row's values are overwritten by the next row's (j stays), so no
  // second copy of the columns is needed. Its cell changes are still logged.
  const modelScales = [study.model.x, ...study.model.m, study.model.y].map((scale) => {
    const { instrument, items: scaleItemList } = scaleItems(study, scale);
    return {
      rule: `insufficient-items:${scale}`,
      columns: scaleItemList.map((item) => items[item]),
      needed: instrument.minAnsweredShare * scaleItemList.length,
    };
  });
  const analysed: number[] = [];
  const insufficient: { index: number; rule: string }[] = [];
  // Rows split straight from the text are read in place: a one-character cell is looked at
  // without making its string (the other cells are made, as split would make them).
  const text = rows.text;
  const starts = new Int32Array(text === null ? 0 : raw.columns.length + 1);
  const fast = _fastItems(itemColumns);
  for (let k = 0, j = 0; k < n; k++) {
    const line = rows.line(kept[k]);
    const cells = text === null ? rows.cells(kept[k]) : null;
    if (text !== null) rows.cellStarts(kept[k], starts);
    const cellAt = (at: number) =>
      cells !== null ? cells[at] : text!.slice(starts[at], starts[at + 1] - 1);
    // The common answer (a digit in range: cleanItem's own fast path) for every item column
    // at once; the others are cleaned one by one.
    const others = text !== null ? fast.read(text, starts, j) : fast.all;
    for (let o = 0; o < others.length; o++) {
      const column = itemColumns[others[o]];
      const cell = cellAt(column.at);
      const { value, rule } = cleanItem(cell, column.range, missing);
      column.values[j] = value;
      if (rule) _change(column.changes, line, cellAt(idAt), column.name, cell, value, rule);
    }
    for (const { d, at, values, changes } of demographicColumns) {
      const cell = cellAt(at);
      const { value, rule } = d.type === "numeric"
        ? cleanNumeric(cell, d.range, missing)
        : cleanCategorical(cell, d.levels, missing);
      values[j] = value;
      if (rule) _change(changes, line, cellAt(idAt), d.column, cell, value, rule);
    }
    const failed = modelScales.find((scale) => {
      let answered = 0;
      for (const column of scale.columns) if (!Number.isNaN(column[j])) answered++;
      return answered < scale.needed;
    });
    if (failed === undefined) {
      analysed.push(kept[k]);
      j++;
    } else insufficient.push({ index: kept[k], rule: failed.rule });
  }
  for (const column of [...itemColumns, ...demographicColumns]) {
    for (const entry of column.changes) audit.push(entry);
  }
  for (const { index, rule } of insufficient) exclude(index, rule);
  const nKept = analysed.length;
  // Each column cut to the rows analysed: a view of its first nKept values (no copy).
  if (nKept < n) {
    for (const name of Object.keys(items)) items[name] = items[name].subarray(0, nKept);
    for (const name of Object.keys(numeric)) numeric[name] = numeric[name].subarray(0, nKept);
    for (const values of Object.values(categorical)) values.length = nKept;
  }
  if (analysed.length === 0) {
    throw new DataError("no participant is left to analyse after cleaning", {
      stage: "clean",
      file: raw.file,
      found: `${rows.length} rows read, all excluded`,
      hint: "check the missing codes and response ranges in the study file against the data",
    });
  }
  // By row; within a row, cell changes (by column) before the row's exclusion.
  const rank = _collationRanks(audit);
  audit.sort((p, q) =>
    p.row - q.row || Number(p.column === null) - Number(q.column === null) ||
    rank.get(p.column ?? "")! - rank.get(q.column ?? "")!
  );
  const reasons = new Map<string, number>();
  for (const rule of excluded.values()) reasons.set(rule, (reasons.get(rule) ?? 0) + 1);
  return {
    ids: analysed.map((index) => rows.cell(index, idAt).trim()),
    rows: analysed.map((index) => rows.line(index)),
    items,
    numeric,
    categorical,
    audit,
    flow: {
      nRead: rows.length,
      nAnalysed: analysed.length,
      nExcluded: excluded.size,
      excludedByReason: [...reasons].sort(([a], [b]) => a.localeCompare(b)).map((
        [reason, count],
      ) => ({ reason, n: count })),
      blankLines: raw.blankLines.length,
    },
  };
}

/** An item column being cleaned: where its cells are, its values, and its changes. */
interface _ItemColumn {
  name: string;
  at: number;
  range: { min: number; max: number };
  values: Float64Array;
  changes: AuditEntry[];
}

/**
 * The item columns' fast path, as flat arrays: `read` stores every one-digit answer within
 * its column's range at position j and returns the columns left for `cleanItem`.
 */
function _fastItems(columns: _ItemColumn[]) {
  const at = Int32Array.from(columns, (c) => c.at);
  const min = Float64Array.from(columns, (c) => c.range.min);
  const max = Float64Array.from(columns, (c) => c.range.max);
  const values = columns.map((c) => c.values);
  const others = new Int32Array(columns.length);
  return {
    all: Int32Array.from(columns, (_, c) => c),
    read(text: string, starts: Int32Array, j: number): Int32Array {
      let left = 0;
      for (let c = 0; c < at.length; c++) {
        const from = starts[at[c]];
        if (starts[at[c] + 1] - from === 2) {
          const code = text.charCodeAt(from) - 48;
          if (code >= min[c] && code <= max[c] && code >= 0 && code <= 9) {
            values[c][j] = code;
            continue;
          }
        }
        others[left++] = c;
      }
      return others.subarray(0, left);
    },
  };
}

/**
 * The order of the audit's column names under `localeCompare` as numbers (names that compare
 * equal share a rank), so that sorting compares numbers instead of collating strings.
 */
function _collationRanks(audit: AuditEntry[]): Map<string, number> {
  const names = [...new Set(audit.map((entry) => entry.column ?? ""))];
  names.sort((a, b) => a.localeCompare(b));
  const rank = new Map<string, number>();
  names.forEach((name, i) => {
    const tie = i > 0 && names[i - 1].localeCompare(name) === 0;
    rank.set(name, tie ? rank.get(names[i - 1])! : i);
  });
  return rank;
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
