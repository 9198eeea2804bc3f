/**
 * Notebook support: display helpers for the reviewer notebooks in `notebooks/`, their
 * parameters and key numbers, and the tools that execute and export them.
 *
 * Display (Jupyter's display protocol, `[Symbol.for("Jupyter.display")]()`; pipeline
 * modules never call `Deno.jupyter`, which throws outside a kernel):
 * - {@link table}: rows → HTML table with an aligned plain-text fallback.
 * - {@link vegaLite}: a Vega-Lite spec plus an SVG rendered inside Deno.
 * - {@link frame}: a danfojs DataFrame (float32: for looking only) as a table.
 * - {@link stack}: several items as one output; {@link jsonOutput}: JSON key numbers.
 *
 * Notebooks: {@link setup} / {@link applyParameters} (the parameters cell → the
 * pipeline's inputs), key-number selection (keys.ts).
 *
 * Tools: {@link executeNotebook}, {@link exportNotebooks} (HTML, deterministic),
 * {@link clearNotebook} (what is committed), {@link stripAnsi}.
 * @module
 */
export {
  displayable,
  escapeHtml,
  isDisplayable,
  jsonOutput,
  JUPYTER_DISPLAY,
  preformatted,
  stack,
} from "./display.ts";
export type { Displayable, MimeBundle } from "./display.ts";
export { formatCell, table } from "./table.ts";
export type { CellFormat, TableColumn, TableOptions } from "./table.ts";
export { renderSvg, VEGA_LITE_MIME, vegaLite } from "./vega.ts";
export type { VegaLiteOptions } from "./vega.ts";
export { frame } from "./frame.ts";
export type { FrameOptions } from "./frame.ts";
export { applyParameters, NOTEBOOK_PARAMETER_DEFAULTS, setup } from "./params.ts";
export type { NotebookParameters, NotebookSetup } from "./params.ts";
export {
  auditCounts,
  correlationKeys,
  KEY_FIELDS,
  mediationKeys,
  pick,
  regressionKeys,
  sampleKeys,
  scaleKeys,
} from "./keys.ts";
export {
  executeNotebook,
  findJupyter,
  KERNEL_NAME,
  NotebookError,
  setParameters,
  writeKernelSpec,
} from "./execute.ts";
export type { ExecuteOptions, JupyterInstallation } from "./execute.ts";
export { exportNotebooks, listNotebooks, NOTEBOOKS_DIR } from "./export.ts";
export type { ExportOptions, NotebookLink } from "./export.ts";
export {
  cellSource,
  clearNotebook,
  normaliseExecuted,
  parseNotebook,
  serialiseNotebook,
  stripAnsi,
} from "./normalise.ts";
export type { Notebook, NotebookCell, NotebookOutput } from "./normalise.ts";
export { clearedText, clearFiles } from "./clear.ts";
