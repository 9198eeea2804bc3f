/**
 * The whole analysis as one function of its inputs: study definition + data bytes +
 * options → plain results, and those results → the files of a version folder. The
 * command line and the notebooks both call these; nothing here touches the disk.
 * @module
 */
import { clean } from "./clean/clean.ts";
import type { CleanData } from "./clean/types.ts";
import { ingest, type RawData } from "./ingest/ingest.ts";
import { toCsv } from "./io/csv_write.ts";
import type { Study } from "./study/types.ts";

/** Options that override the study's analysis settings. */
export interface RunOptions {
  seed?: number;
  resamples?: number;
}

/** Everything one run computes, as plain data. */
export interface Analysis {
  study: Study;
  /** The study's analysis options with the run's overrides applied. */
  settings: Study["analysis"];
  raw: RawData;
  data: CleanData;
}

/** Runs every implemented stage on `dataBytes` (the study's data file). */
export async function analyse(
  study: Study,
  dataBytes: Uint8Array,
  options: RunOptions = {},
): Promise<Analysis> {
  const settings = {
    ...study.analysis,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.resamples === undefined ? {} : { resamples: options.resamples }),
  };
  const raw = await ingest(dataBytes, study, study.data);
  const data = clean(raw, study);
  return { study, settings, raw, data };
}

/** The files of a version folder for `analysis` (path → text). */
export function outputFiles(analysis: Analysis): Record<string, string> {
  const { data, study } = analysis;
  const itemColumns = study.instruments.flatMap((i) => i.items);
  const numericColumns = Object.keys(data.numeric);
  const categoricalColumns = Object.keys(data.categorical);
  const cleaned = toCsv(
    [study.idColumn, ...itemColumns, ...numericColumns, ...categoricalColumns],
    data.ids.map((id, k) => [
      id,
      ...itemColumns.map((c) => data.items[c][k]),
      ...numericColumns.map((c) => data.numeric[c][k]),
      ...categoricalColumns.map((c) => data.categorical[c][k]),
    ]),
  );
  const audit = toCsv(
    ["row", "id", "column", "oldValue", "newValue", "rule"],
    data.audit.map((e) => [e.row, e.id, e.column, e.oldValue, e.newValue, e.rule]),
  );
  const flow = JSON.stringify({ synthetic: study.synthetic, ...data.flow }, null, 2) + "\n";
  return { "cleaned.csv": cleaned, "audit.csv": audit, "flow.json": flow };
}
