/**
 * The records of a CSV file, read one at a time: from the records csv-parse made, or
 * straight from text without quotes, where a record is a line's position in the text.
 * @module
 */
import type { CsvRecord } from "./csv.ts";

/** Records one at a time: line numbers, cells, or one cell, without making them all. */
export interface CsvRows {
  readonly length: number;
  /** The 1-based line of record i. */
  line(i: number): number;
  /** The cells of record i (a new array). */
  cells(i: number): string[];
  /** Cell j of record i. */
  cell(i: number, j: number): string;
  /** Every record (new objects). */
  records(): CsvRecord[];
  /**
   * Rows split straight from the text: the text, and `cellStarts` (else null and 0): so that
   * a reader can look at a cell's characters without making its string.
   */
  readonly text: string | null;
  /**
   * Writes where each cell of record i starts in `text` into out[0 … c − 1] and its end + 1
   * into out[c] (cell k is text[out[k] … out[k + 1] − 2]); returns the c cells' count.
   */
  cellStarts(i: number, out: Int32Array): number;
}

/** Records csv-parse made, seen as `CsvRows`. */
export function arrayRows(records: CsvRecord[]): CsvRows {
  return {
    length: records.length,
    line: (i) => records[i].line,
    cells: (i) => records[i].cells,
    cell: (i, j) => records[i].cells[j],
    records: () => records,
    text: null,
    cellStarts: () => 0,
  };
}

/** What `textRows` finds: the header, blank lines, records, or the first ragged line. */
export interface TextRows {
  header: string[] | null;
  blankLines: number[];
  rows: CsvRows;
  /** The first record whose cell count differs from the header's (then `rows` stops there). */
  wrongLength: { line: number; cells: number } | null;
}

/** Longest line split here (csv-parse's 64 MiB record limit, in bytes ≤ 3 per character). */
const MAX_LINE = Math.floor((64 * 1024 * 1024) / 3);

/**
 * The records csv-parse gives (with `parseCsv`'s options) for text without any quote, or
 * null when the text is not that simple (then csv-parse runs). Without quotes, csv-parse's
 * records are the text's lines, each split at every delimiter: lines end at the record
 * delimiter it detects at the first line break ("\n" or "\r\n"; a text that mixes them, or
 * uses a lone "\r", goes to csv-parse), its line count advances once per line break, an empty
 * line is the record [""], and the text after the last line break is a record only if it is
 * not empty. As in `parseCsv`: a record of one blank cell is a blank line, the first other
 * record is the header. tests/bench proves the two paths equal on generated texts.
 */
export function textRows(text: string, delimiter: "," | ";"): TextRows | null {
  if (text.includes('"')) return null;
  const firstBreak = text.search(/[\r\n]/);
  const crlf = firstBreak >= 0 && text[firstBreak] === "\r";
  if (crlf) {
    if (text[firstBreak + 1] !== "\n" || /\r(?!\n)|(?<!\r)\n/.test(text)) return null;
  } else if (text.includes("\r")) return null;
  const sep = delimiter.charCodeAt(0);
  const positions = new _Positions();
  const blankLines: number[] = [];
  let header: string[] | null = null;
  let wrongLength: TextRows["wrongLength"] = null;
  let start = 0;
  for (let line = 1;; line++) {
    const end = text.indexOf("\n", start);
    const stop = end < 0 ? text.length : crlf ? end - 1 : end;
    if (stop - start > MAX_LINE) return null;
    if (end < 0 && stop === start) break; // nothing after the last line break
    let cells = 1;
    for (let i = start; i < stop; i++) if (text.charCodeAt(i) === sep) cells++;
    if (cells === 1 && !/\S/.test(text.slice(start, stop))) blankLines.push(line);
    else if (header === null) header = text.slice(start, stop).split(delimiter);
    else if (cells !== header.length) {
      wrongLength = { line, cells };
      break;
    } else positions.push(start, stop, line);
    if (end < 0) break;
    start = end + 1;
  }
  return { header, blankLines, rows: new _TextRows(text, delimiter, positions), wrongLength };
}

/** Start, stop and line number of each record, in growing Int32Arrays. */
class _Positions {
  length = 0;
  starts = new Int32Array(1024);
  stops = new Int32Array(1024);
  lines = new Int32Array(1024);

  push(start: number, stop: number, line: number): void {
    if (this.length === this.starts.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.starts = grow(this.starts);
      this.stops = grow(this.stops);
      this.lines = grow(this.lines);
    }
    this.starts[this.length] = start;
    this.stops[this.length] = stop;
    this.lines[this.length++] = line;
  }
}

class _TextRows implements CsvRows {
  readonly length: number;
  readonly text: string;
  readonly #text: string;
  readonly #delimiter: string;
  readonly #sep: number;
  readonly #at: _Positions;

  constructor(text: string, delimiter: string, positions: _Positions) {
    this.length = positions.length;
    this.text = text;
    this.#text = text;
    this.#delimiter = delimiter;
    this.#sep = delimiter.charCodeAt(0);
    this.#at = positions;
  }

  line(i: number): number {
    return this.#at.lines[i];
  }

  cells(i: number): string[] {
    return this.#text.slice(this.#at.starts[i], this.#at.stops[i]).split(this.#delimiter);
  }

  cell(i: number, j: number): string {
    const text = this.#text, stop = this.#at.stops[i];
    let from = this.#at.starts[i];
    for (let k = 0; k < j; k++) {
      const next = text.indexOf(this.#delimiter, from);
      from = next < 0 || next >= stop ? stop : next + 1;
    }
    let to = text.indexOf(this.#delimiter, from);
    if (to < 0 || to > stop) to = stop;
    return text.slice(from, to);
  }

  cellStarts(i: number, out: Int32Array): number {
    const text = this.#text, sep = this.#sep, stop = this.#at.stops[i];
    let c = 0;
    out[c++] = this.#at.starts[i];
    for (let k = this.#at.starts[i]; k < stop; k++) {
      if (text.charCodeAt(k) === sep) out[c++] = k + 1;
    }
    out[c] = stop + 1;
    return c;
  }

  records(): CsvRecord[] {
    return Array.from({ length: this.length }, (_, i) => ({
      line: this.line(i),
      cells: this.cells(i),
    }));
  }
}
