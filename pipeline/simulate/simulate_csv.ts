/**
 * Streaming CSV output of the simulator.
 * @module
 */
import { createRng } from "../random/mod.ts";
import type { Study } from "../study/types.ts";
import { compileModel, drawParticipant } from "./model.ts";
import { resolveSimulateOptions, type SimulateOptions } from "./options.ts";
import { CellSampler, drawLayout, type ProblemLayout, problemSeed } from "./problems.ts";
import type { InjectedCell, SimulationSummary } from "./types.ts";

/** Rows are handed to the writer in chunks of about this many characters (64 KiB). */
export const CHUNK_CHARS = 64 * 1024;

/**
 * Simulates item-level data for `study` and streams it as CSV (RFC 4180, UTF-8 without
 * BOM, LF line ends, integers, fields quoted only when needed) to `write`, in chunks of
 * about 64 KiB that end at a line end, so memory does not grow with n (except the
 * summary's list of problem cells, about 2.6% of item cells). The output is a pure
 * function of (study, options): see ./mod.ts for the model and the draw order.
 * Throws `RangeError` for invalid options and `DataError` (stage "study") for a study it
 * cannot simulate.
 *
 * @example
 * ```ts
 * import { simulateCsv } from "./simulate_csv.ts";
 * import { loadStudy } from "../study/mod.ts";
 * const study = await loadStudy("data/study.json");
 * let text = "";
 * const summary = await simulateCsv(study, { n: 5, problems: false }, (chunk) => {
 *   text += chunk;
 * });
 * if (text.split("\n").length !== 7 || summary.cells.length !== 0) throw new Error(text);
 * ```
 */
export function simulateCsv(
  study: Study,
  options: SimulateOptions,
  write: (chunk: string) => void | Promise<void>,
): Promise<SimulationSummary> {
  return _simulateCsv(study, options, write, CHUNK_CHARS);
}

/** `simulateCsv` with a chosen chunk size (for tests of the chunking). */
export async function _simulateCsv(
  study: Study,
  options: SimulateOptions,
  write: (chunk: string) => void | Promise<void>,
  chunkChars: number,
): Promise<SimulationSummary> {
  const { n, seed, paths, problems } = resolveSimulateOptions(study, options);
  const model = compileModel(study, paths);
  const rng = createRng(seed);
  const itemCount = model.items.length;
  const latent = new Float64Array(model.slots.length);
  const responses = new Int32Array(itemCount);
  const demographics = new Array<string>(model.demographics.length);
  const cellTexts = new Array<string>(itemCount);
  const width = Math.max(3, String(n).length);

  let layout: ProblemLayout | null = null;
  let sampler: CellSampler | null = null;
  if (problems) {
    const problemRng = createRng(problemSeed(seed));
    layout = drawLayout(problemRng, n, itemCount);
    sampler = new CellSampler(problemRng, model, (n - 1) * itemCount, study.missingCodes);
  }

  const summary: SimulationSummary = {
    study: study.id,
    synthetic: true,
    n,
    nAnalysable: problems ? n - 1 : n,
    seed,
    problemSeed: problems ? problemSeed(seed) : null,
    paths,
    problems,
    header: model.header,
    lines: 0,
    cells: [],
    counts: { empty: 0, missingCode: 0, outOfRange: 0 },
    duplicate: null,
    blankLine: null,
    nearEmpty: null,
  };

  let row = 0; // the row being written
  let id = "";
  const record = (j: number, kind: InjectedCell["kind"], value: string, original: number) => {
    cellTexts[j] = _csvField(value);
    summary.cells.push({ row, id, column: model.items[j].column, kind, value, original });
    if (kind === "empty") summary.counts.empty++;
    else if (kind === "missing-code") summary.counts.missingCode++;
    else summary.counts.outOfRange++;
  };

  let buffer = model.header.map(_csvField).join(",") + "\n";
  row = 1;
  let duplicateText = "";
  for (let p = 1; p <= n; p++) {
    drawParticipant(model, rng, latent, responses, demographics);
    row++;
    id = "P" + String(p).padStart(width, "0");
    for (let j = 0; j < itemCount; j++) cellTexts[j] = String(responses[j]);
    if (layout !== null && p === layout.nearEmpty) {
      const answered = layout.nearEmptyAnswered;
      for (let j = 0; j < itemCount; j++) if (!answered.includes(j)) cellTexts[j] = "";
      summary.nearEmpty = { id, row, answered: answered.map((j) => model.items[j].column) };
    } else if (sampler !== null) {
      sampler.applyRow(model, cellTexts, responses, record);
    }
    let text = _csvField(id) + "," + cellTexts.join(",");
    for (let k = 0; k < demographics.length; k++) text += "," + _csvField(demographics[k]);
    buffer += text + "\n";
    if (layout !== null) {
      if (p === layout.duplicateSource) {
        duplicateText = text;
        summary.duplicate = { id, row, copyRow: 0 };
      }
      if (p === layout.duplicateAfter) {
        buffer += duplicateText + "\n";
        summary.duplicate!.copyRow = ++row;
      }
      if (p === layout.blankAfter) {
        buffer += "\n";
        summary.blankLine = { row: ++row };
      }
    }
    if (buffer.length >= chunkChars) {
      await write(buffer);
      buffer = "";
    }
  }
  if (buffer.length > 0) await write(buffer);
  summary.lines = row;
  return summary;
}

/** RFC 4180: quote a field (doubling its quotes) only when it holds a comma, quote or line end. */
export function _csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
