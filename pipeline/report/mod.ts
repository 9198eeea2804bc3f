/**
 * The report stage: renders results.json (plus the figure data, the study definition and
 * the version's provenance) as one self-contained, offline, deterministic HTML file.
 * Rendering only: every number comes from `Results`/`FigureData`.
 *
 * - {@link renderReport}: the HTML document.
 * - {@link keyEstimates}: the estimates a later version compares against.
 * - `apa.ts`: APA 7 number formatting; `escape.ts`: HTML escaping.
 * - Sections in `sections/` (mediation by model role: main, adjusted, additional,
 *   alternative; sensitivity to unmeasured confounding; power), charts in `charts/`.
 * - {@link renderVegaLite}: a Vega-Lite spec → accessible inline SVG (no permissions).
 * @module
 */
export { renderReport, REPORT_CSP } from "./report.ts";
export { keyEstimates } from "./key_estimates.ts";
export {
  formatBounded,
  formatCi,
  formatCount,
  formatDf,
  formatLevel,
  formatNumber,
  formatP,
  formatPText,
  MINUS,
  NOT_AVAILABLE,
  significanceMarks,
} from "./apa.ts";
export type { CiFormat } from "./apa.ts";
export { escapeHtml, escapeText, safeRelativeHref } from "./escape.ts";
export { renderVegaLite } from "./svg.ts";
export type { ChartLabel, RenderedChart, VegaLiteSpec } from "./svg.ts";
export type {
  ManifestFile,
  NotebookLink,
  PreviousVersion,
  ReportInput,
  ReportManifest,
} from "./types.ts";
