/**
 * Descriptive statistics and reliability of every scale and subscale.
 * @module
 */
import { formatBounded, formatCi, formatCount, formatLevel, formatNumber } from "../apa.ts";
import type { ReportContext } from "../context.ts";
import { markup, num, type SafeHtml, table } from "../html.ts";
import { section, type SectionHead } from "./section.ts";

/** The section's id and heading. */
export const DESCRIPTIVES: SectionHead = { id: "descriptives", title: "Descriptive statistics" };

/** The descriptives section: one row per scale, subscales indented under their instrument. */
export function descriptivesSection(ctx: ReportContext): SafeHtml {
  const { results } = ctx.input;
  const t = ctx.nextTable();
  const level = formatLevel(results.settings.confLevel);
  const rows = results.scales.map((s) => [
    {
      content: s.kind === "subscale" ? s.label : ctx.labels.name(s.scale),
      rowHeader: true,
      className: s.kind === "subscale" ? "sub" : "",
    },
    num(formatCount(s.items.length)),
    num(formatCount(s.nobs)),
    num(formatNumber(s.mean)),
    num(formatNumber(s.sd)),
    num(s.min === null ? "—" : `${formatNumber(s.min)}–${formatNumber(s.max)}`),
    num(formatNumber(s.skewness)),
    num(formatNumber(s.kurtosis)),
    num(formatBounded(s.alpha)),
    num(formatCi(s.alphaConfLow, s.alphaConfHigh, { bounded: true })),
    num(formatCount(s.alphaNobs)),
  ]);
  return section(
    DESCRIPTIVES,
    table({
      id: t.id,
      label: t.label,
      title: "Descriptive statistics and internal consistency of the scales",
      head: [
        "Scale",
        "Items",
        "n",
        "M",
        "SD",
        "Range",
        "Skew",
        "Kurtosis",
        "α",
        `${level} CI of α`,
        "n (α)",
      ],
      rows,
      note: markup`Scores are item means. Range is the observed minimum–maximum. Kurtosis is
excess kurtosis. α = Cronbach's alpha over the participants who answered every item of the scale
(n (α)), with Feldt's interval. Indented rows are subscales of the instrument above.`,
    }),
  );
}
