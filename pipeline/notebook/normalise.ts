/**
 * Notebook files as data: the nbformat 4 shapes this project uses, clearing outputs for
 * committing, making executed notebooks deterministic (no ANSI colour codes, no
 * execution metadata), and writing them as nbformat does, so that two runs on the same
 * inputs give byte-identical files.
 * @module
 */

/** One output of a code cell (nbformat 4). */
export interface NotebookOutput {
  output_type: "stream" | "display_data" | "execute_result" | "error";
  name?: string;
  text?: string | string[];
  data?: Record<string, unknown>;
  metadata?: Record<string, unknown>;
  execution_count?: number | null;
  ename?: string;
  evalue?: string;
  traceback?: string[];
}

/** One cell (nbformat 4.5). */
export interface NotebookCell {
  cell_type: "code" | "markdown" | "raw";
  id?: string;
  metadata: Record<string, unknown>;
  source: string | string[];
  outputs?: NotebookOutput[];
  execution_count?: number | null;
}

/** A notebook (nbformat 4). */
export interface Notebook {
  nbformat: 4;
  nbformat_minor: number;
  metadata: Record<string, unknown>;
  cells: NotebookCell[];
}

/** Cell metadata keys written by executors (nbclient, papermill, VS Code, JupyterLab). */
const EXECUTION_KEYS = ["execution", "papermill", "ExecuteTime", "vscode", "scrolled", "collapsed"];
/** Notebook metadata keys that record a run rather than the notebook. */
const RUN_KEYS = ["papermill", "widgets", "vscode"];

/**
 * Removes terminal control sequences (CSI: ESC `[` parameters, intermediates, final
 * byte; this includes the colour codes `ESC[...m` the Deno kernel writes) and the other
 * ESC sequences (ESC, intermediate bytes, a final byte, e.g. `ESC(B`).
 *
 * @example
 * ```ts
 * import { stripAnsi } from "./normalise.ts";
 * if (stripAnsi("\u001b[33m72\u001b[39m") !== "72") throw new Error("ansi");
 * ```
 */
export function stripAnsi(text: string): string {
  // deno-lint-ignore no-control-regex
  return text.replace(/\u001b\[[0-?]*[ -/]*[@-~]|\u001b[ -/]*[0-~]/g, "");
}

/** The source of a cell as one string. */
export function cellSource(cell: NotebookCell): string {
  return Array.isArray(cell.source) ? cell.source.join("") : cell.source;
}

/**
 * A copy of `nb` as it is committed: code cells without outputs and with
 * `execution_count` null; no execution metadata in cells or notebook.
 *
 * @example
 * ```ts
 * import { clearNotebook } from "./normalise.ts";
 * const nb = clearNotebook({
 *   nbformat: 4, nbformat_minor: 5, metadata: {},
 *   cells: [{ cell_type: "code", metadata: { execution: {} }, source: "1",
 *     outputs: [{ output_type: "stream", name: "stdout", text: "1" }], execution_count: 3 }],
 * });
 * if (nb.cells[0].outputs!.length !== 0 || nb.cells[0].execution_count !== null) throw new Error();
 * ```
 */
export function clearNotebook(nb: Notebook): Notebook {
  return {
    ...nb,
    metadata: _without(nb.metadata, RUN_KEYS),
    cells: nb.cells.map((cell) => {
      const metadata = _without(cell.metadata ?? {}, EXECUTION_KEYS);
      return cell.cell_type === "code"
        ? { ...cell, metadata, outputs: [], execution_count: null }
        : { ...cell, metadata };
    }),
  };
}

/**
 * A copy of an executed notebook that is the same for every run on the same inputs:
 * execution metadata removed and ANSI codes stripped from every text output (streams,
 * `text/plain`, error values and tracebacks). Outputs and execution counts stay.
 */
export function normaliseExecuted(nb: Notebook): Notebook {
  return {
    ...nb,
    metadata: _without(nb.metadata, RUN_KEYS),
    cells: nb.cells.map((cell) => ({
      ...cell,
      metadata: _without(cell.metadata ?? {}, EXECUTION_KEYS),
      ...(cell.outputs ? { outputs: cell.outputs.map(_normaliseOutput) } : {}),
    })),
  };
}

function _normaliseOutput(output: NotebookOutput): NotebookOutput {
  const text = (t: string | string[]) => stripAnsi(Array.isArray(t) ? t.join("") : t);
  const out: NotebookOutput = { ...output };
  if (out.text !== undefined) out.text = text(out.text);
  if (out.evalue !== undefined) out.evalue = stripAnsi(out.evalue);
  if (out.traceback) out.traceback = out.traceback.map(stripAnsi);
  if (out.data && "text/plain" in out.data) {
    out.data = { ...out.data, "text/plain": text(out.data["text/plain"] as string | string[]) };
  }
  return out;
}

/**
 * The notebook as nbformat writes it: keys sorted, one-space indent, non-ASCII kept,
 * multi-line strings of `source`, stream `text` and non-JSON MIME data split into lines,
 * and a final newline. Jupyter reads either form; this one keeps diffs small.
 *
 * @example
 * ```ts
 * import { serialiseNotebook } from "./normalise.ts";
 * const text = serialiseNotebook({
 *   nbformat: 4, nbformat_minor: 5, metadata: {},
 *   cells: [{ cell_type: "markdown", id: "a", metadata: {}, source: "# T\nx" }],
 * });
 * if (!text.includes('"source": [\n    "# T\\n",\n    "x"\n   ]')) throw new Error(text);
 * ```
 */
export function serialiseNotebook(nb: Notebook): string {
  const split = (value: unknown) => typeof value === "string" ? _splitLines(value) : value;
  const cells = nb.cells.map((cell) => ({
    ...cell,
    source: split(cellSource(cell)),
    ...(cell.outputs
      ? {
        outputs: cell.outputs.map((o) => ({
          ...o,
          ...(o.text !== undefined
            ? { text: split(Array.isArray(o.text) ? o.text.join("") : o.text) }
            : {}),
          ...(o.data
            ? {
              data: Object.fromEntries(
                Object.entries(o.data).map(([mime, v]) => [
                  mime,
                  _isJsonMime(mime) ? v : split(Array.isArray(v) ? v.join("") : v),
                ]),
              ),
            }
            : {}),
        })),
      }
      : {}),
  }));
  return JSON.stringify(_sortKeys({ ...nb, cells }), null, 1) + "\n";
}

/** Parses notebook JSON (no validation beyond the nbformat major version). */
export function parseNotebook(text: string, file = "notebook"): Notebook {
  const nb = JSON.parse(text) as Notebook;
  if (nb?.nbformat !== 4 || !Array.isArray(nb.cells)) {
    throw new TypeError(`${file} is not an nbformat 4 notebook`);
  }
  return nb;
}

function _isJsonMime(mime: string): boolean {
  return mime === "application/json" || mime.endsWith("+json");
}

/** Splits after each "\n", as Python's `str.splitlines(keepends=True)` for "\n" text. */
function _splitLines(text: string): string[] {
  const lines = text.split(/(?<=\n)/);
  return lines.length === 1 && lines[0] === "" ? [] : lines;
}

function _sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(_sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value).sort().map((k) => [k, _sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

function _without(record: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => !keys.includes(k)));
}
