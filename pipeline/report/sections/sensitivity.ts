/**
 * Sensitivity of the indirect effect to unmeasured mediator–outcome confounding (Imai,
 * Keele & Yamamoto, 2010): ACME(ρ) over ρ as a chart, the ρ at which it vanishes in words,
 * and a short table.
 * @module
 */
import { formatBounded, formatCi, formatCount, formatLevel, formatNumber } from "../apa.ts";
import { chartFigure } from "../charts/figure.ts";
import { sensitivityChart } from "../charts/sensitivity.ts";
import type { ReportContext } from "../context.ts";
import { join, markup, num, type SafeHtml, table } from "../html.ts";
import type { SensitivitySummary } from "../../results/types.ts";
import { section, type SectionHead } from "./section.ts";

/** The section's id and heading. */
export const SENSITIVITY: SectionHead = {
  id: "sensitivity",
  title: "Sensitivity to unmeasured confounding",
};

/** The reference of the method, as cited in the text and in Methods. */
export const IMAI_2010 = "Imai, K., Keele, L., & Yamamoto, T. (2010). Identification, " +
  "inference and sensitivity analysis for causal mediation effects. Statistical Science, " +
  "25(1), 51–71.";

/**
 * "The indirect effect would be zero if … ρ = 0.33 (R²*M·R²*Y = .11)." and what that means
 * for a confounder that explains equal shares of both residual variances.
 */
export function zeroSentence(s: SensitivitySummary, name: (id: string) => string): string {
  if (s.rhoAtZero === null || s.r2StarAtZero === null) {
    return "The a path is exactly zero, so the indirect effect is zero at every ρ.";
  }
  const share = Math.round(Math.abs(s.rhoAtZero) * 100);
  const signs = s.rhoAtZero >= 0 ? "the same sign" : "opposite signs";
  return "The indirect effect would be zero if the correlation between the errors of the " +
    `mediator and outcome models were ρ = ${formatNumber(s.rhoAtZero)} ` +
    `(R²*M·R²*Y = ${formatBounded(s.r2StarAtZero)}` +
    (s.r2TildeAtZero === null ? "" : `; R̃²M·R̃²Y = ${formatBounded(s.r2TildeAtZero)}`) +
    `). For example, an unmeasured confounder with effects of ${signs} on ${name(s.m)} and ` +
    `${name(s.y)} that explained ${share}% of the residual variance of each would explain ` +
    "the indirect effect away.";
}

/** The ranges of ρ (as "a to b") over which the interval of ACME(ρ) includes zero. */
export function zeroRanges(s: SensitivitySummary): [number, number][] {
  const out: [number, number][] = [];
  let start: number | null = null;
  let last: number | null = null;
  for (const r of s.rows) {
    const covers = r.confLow <= 0 && r.confHigh >= 0;
    if (covers) {
      if (start === null) start = r.rho;
      last = r.rho;
    } else if (start !== null) {
      out.push([start, last!]);
      start = null;
    }
  }
  if (start !== null) out.push([start, last!]);
  return out;
}

function _bandSentence(s: SensitivitySummary): string {
  const level = formatLevel(s.confLevel);
  const ranges = zeroRanges(s);
  if (ranges.length === 0) {
    return `The ${level} interval of ACME(ρ) excludes zero at every ρ of the grid.`;
  }
  const text = ranges.map(([a, b]) =>
    a === b ? `at ρ = ${formatNumber(a)}` : `for ρ from ${formatNumber(a)} to ${formatNumber(b)}`
  );
  return `The ${level} interval of ACME(ρ) includes zero ${text.join(" and ")}.`;
}

/** Rows at multiples of 0.1 (or every k-th row when the grid misses them). */
export function summaryRows(s: SensitivitySummary): SensitivitySummary["rows"] {
  const tenths = s.rows.filter((r) => Math.abs(r.rho * 10 - Math.round(r.rho * 10)) < 1e-6);
  if (tenths.length >= 3) return tenths;
  const step = Math.max(1, Math.ceil(s.rows.length / 20));
  return s.rows.filter((_, i) => i % step === 0);
}

async function _one(ctx: ReportContext, s: SensitivitySummary): Promise<SafeHtml> {
  const name = ctx.labels.name;
  const level = formatLevel(s.confLevel);
  const covariates = s.covariates.length
    ? `adjusted for ${s.covariates.map((c) => name(c)).join(", ")}`
    : "no covariates";
  const grid = s.rows.length
    ? `for ρ from ${formatNumber(s.rows[0].rho)} to ${formatNumber(s.rows.at(-1)!.rho)} in ` +
      `steps of ${formatNumber(s.rhoStep)}`
    : "";
  const chart = await chartFigure(ctx, sensitivityChart(s, { m: name(s.m), y: name(s.y) }));
  const t = ctx.nextTable();
  const rows = summaryRows(s).map((r) => [
    { content: formatNumber(r.rho), rowHeader: true, className: "num" },
    num(formatNumber(r.estimate)),
    num(formatCi(r.confLow, r.confHigh)),
    num(formatBounded(r.r2StarProd)),
    num(formatBounded(r.r2TildeProd)),
  ]);
  const summary = table({
    id: t.id,
    label: t.label,
    title: markup`Indirect effect through ${name(s.m)} at selected values of ρ`,
    head: ["ρ", "ACME(ρ)", `${level} CI`, "R²*M·R²*Y", "R̃²M·R̃²Y"],
    rows,
    note: markup`ACME = average causal mediation effect (here the indirect effect a·b).
R²*M·R²*Y: product of the shares of the residual variances of ${name(s.m)} and ${
      name(s.y)
    } explained by the confounder; R̃²M·R̃²Y: the same as shares of their total variances. Every
value of the grid is in the data table of the figure above.`,
  });
  return markup`<p>The indirect effect is causal only if no unmeasured variable affects both
the mediator (${name(s.m)}) and the outcome (${name(s.y)}) (sequential ignorability). Such a
confounder would make the errors of the two regressions correlate. Following Imai, Keele and
Yamamoto (2010), the average causal mediation effect (ACME) of model <code>${s.model}</code>
(n = ${formatCount(s.nobs)}, ${covariates}) is recomputed as a function of that correlation, ρ,
${grid}. At ρ = 0 it equals the indirect effect, ${formatNumber(s.estimateAtRhoZero)}.</p>
<p class="finding-summary">${zeroSentence(s, name)} ${_bandSentence(s)}</p>
${chart}
${summary}
<p class="note"><em>Computation.</em> ${s.note}</p>`;
}

/** The sensitivity section. */
export async function sensitivitySection(ctx: ReportContext): Promise<SafeHtml> {
  const list = ctx.input.results.sensitivity ?? [];
  if (list.length === 0) {
    return section(
      SENSITIVITY,
      markup`<p>No sensitivity analysis in the results (it is computed for a main model with
one mediator).</p>`,
    );
  }
  const parts: SafeHtml[] = [];
  for (const s of list) parts.push(await _one(ctx, s));
  return section(SENSITIVITY, join(parts, "\n"));
}
