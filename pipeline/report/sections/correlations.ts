/**
 * Correlations: the lower-triangle matrix with significance marks, the heatmap, and
 * every pair with its interval and Holm-adjusted p.
 * @module
 */
import {
  formatBounded,
  formatCi,
  formatCount,
  formatDf,
  formatLevel,
  formatNumber,
  formatP,
  significanceMarks,
} from "../apa.ts";
import { chartFigure } from "../charts/figure.ts";
import { correlationVariables, findCorrelation, heatmapChart } from "../charts/heatmap.ts";
import type { Numbered, ReportContext } from "../context.ts";
import { details, markup, num, type SafeHtml, table } from "../html.ts";
import { section, type SectionHead } from "./section.ts";

/** The section's id and heading. */
export const CORRELATIONS: SectionHead = { id: "correlations", title: "Correlations" };

function _matrix(ctx: ReportContext, t: Numbered): SafeHtml {
  const rows = ctx.input.results.correlations;
  const variables = correlationVariables(rows);
  const body = variables.map((v, i) => [
    { content: `${i + 1}. ${ctx.labels.name(v)}`, rowHeader: true },
    ...variables.map((w, j) => {
      if (j > i) return num("");
      if (j === i) return num("—");
      const c = findCorrelation(rows, v, w);
      if (!c) return num("");
      return num(markup`${formatBounded(c.estimate)}<sup>${significanceMarks(c.pValue)}</sup>`);
    }),
  ]);
  return table({
    id: t.id,
    label: t.label,
    title: "Pearson correlations among the scale scores",
    head: ["Variable", ...variables.map((_, j) => String(j + 1))],
    rows: body,
    note: markup`Pairwise complete cases. * p &lt; .05, ** p &lt; .01, *** p &lt; .001 (unadjusted;
Holm-adjusted p values and ${formatLevel(ctx.input.results.settings.confLevel)} confidence
intervals for every pair are in ${t.label}a below).`,
    className: "matrix",
  });
}

function _pairs(ctx: ReportContext, t: Numbered): SafeHtml {
  const level = formatLevel(ctx.input.results.settings.confLevel);
  const rows = ctx.input.results.correlations.map((c) => [
    { content: ctx.labels.name(c.x), rowHeader: true },
    ctx.labels.name(c.y),
    num(formatCount(c.nobs)),
    num(formatBounded(c.estimate)),
    num(formatCi(c.confLow, c.confHigh, { bounded: true })),
    num(formatNumber(c.statistic)),
    num(formatDf(c.df)),
    num(formatP(c.pValue)),
    num(formatP(c.pValueHolm)),
  ]);
  const body = table({
    id: `${t.id}a`,
    label: `${t.label}a`,
    title: "Every pair of variables",
    head: ["Variable", "With", "n", "r", `${level} CI`, "t", "df", "p", "p (Holm)"],
    rows,
    note: "Intervals by Fisher's z transformation; Holm adjustment over all pairs of the table.",
  });
  return details(`All ${rows.length} pairs with confidence intervals and Holm-adjusted p`, body);
}

/** The correlations section (empty note when there are no correlations). */
export async function correlationsSection(ctx: ReportContext): Promise<SafeHtml> {
  const rows = ctx.input.results.correlations;
  if (rows.length === 0) {
    return section(CORRELATIONS, markup`<p>No correlations in the results.</p>`);
  }
  const t = ctx.nextTable();
  return section(
    CORRELATIONS,
    markup`${_matrix(ctx, t)}
${_pairs(ctx, t)}
${await chartFigure(ctx, heatmapChart(rows, ctx.labels.name))}`,
  );
}
