/**
 * Assembles the report: one self-contained HTML file that loads nothing (inline CSS,
 * inline SVG charts, no script, a Content-Security-Policy that forbids any load but
 * inline styles and data: images). Deterministic: the same input gives the same bytes.
 * @module
 */
import { ReportContext } from "./context.ts";
import { markup, type SafeHtml, trusted } from "./html.ts";
import { CORRELATIONS, correlationsSection } from "./sections/correlations.ts";
import { DESCRIPTIVES, descriptivesSection } from "./sections/descriptives.ts";
import { headerBlock } from "./sections/header.ts";
import { HYPOTHESES, hypothesesSection } from "./sections/hypotheses.ts";
import { MEDIATION, mediationSection } from "./sections/mediation.ts";
import { METHODS, methodsSection } from "./sections/methods.ts";
import { NOTEBOOKS, notebooksSection } from "./sections/notebooks.ts";
import { POWER, powerSection } from "./sections/power.ts";
import { PROVENANCE, provenanceSection } from "./sections/provenance.ts";
import { REGRESSIONS, regressionsSection } from "./sections/regressions.ts";
import { SAMPLE, sampleSection } from "./sections/sample.ts";
import { SENSITIVITY, sensitivitySection } from "./sections/sensitivity.ts";
import type { SectionHead } from "./sections/section.ts";
import { REPORT_CSS } from "./style.ts";
import type { ReportInput } from "./types.ts";

/** The page's Content-Security-Policy: nothing may load; inline styles and data: images only. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * Renders the whole report as one HTML document. Every number comes from `input.results`
 * or `input.figures` (formatted, never recomputed; charts bin or sort the figure data only).
 * Sections, in order: methods, sample, descriptive statistics, correlations, regression
 * models (with residual plots), mediation (main, adjusted, additional and alternative
 * models), sensitivity to unmeasured confounding, power, findings by hypothesis,
 * provenance, and notebooks (when any are given).
 *
 * Vega renders the charts headless; the call needs no permission.
 *
 * @example
 * ```ts ignore
 * import { renderReport } from "./report.ts";
 * const page = await renderReport(input);
 * await Deno.writeTextFile("reports/<version>/report.html", page);
 * ```
 */
export async function renderReport(input: ReportInput): Promise<string> {
  const ctx = new ReportContext(input);
  const heads: SectionHead[] = [
    METHODS,
    SAMPLE,
    DESCRIPTIVES,
    CORRELATIONS,
    REGRESSIONS,
    MEDIATION,
    SENSITIVITY,
    POWER,
    HYPOTHESES,
    PROVENANCE,
    ...(input.notebooks.length ? [NOTEBOOKS] : []),
  ];
  // Sections run in document order, so table and figure numbers follow the page.
  const sections: SafeHtml[] = [];
  sections.push(methodsSection(ctx));
  sections.push(sampleSection(ctx));
  sections.push(descriptivesSection(ctx));
  sections.push(await correlationsSection(ctx));
  sections.push(await regressionsSection(ctx));
  sections.push(await mediationSection(ctx));
  sections.push(await sensitivitySection(ctx));
  sections.push(await powerSection(ctx));
  sections.push(hypothesesSection(ctx));
  sections.push(provenanceSection(ctx));
  if (input.notebooks.length) sections.push(notebooksSection(ctx));
  const title =
    `${input.results.synthetic ? "[Synthetic data] " : ""}${input.results.study.title}` +
    ` — report ${input.version}`;
  const page = markup`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${trusted(REPORT_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="pipeline/report">
<title>${title}</title>
<style>${trusted(REPORT_CSS)}</style>
</head>
<body>
<main>
${headerBlock(ctx, heads)}
${sections}
</main>
</body>
</html>
`;
  return page.value;
}
