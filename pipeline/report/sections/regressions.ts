/**
 * Regression tables (B, SE, β, t, p, CI, robust SE; R², adjusted R², F) and, for each
 * model, residuals-against-fitted and normal Q–Q plots.
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
  formatPText,
} from "../apa.ts";
import { chartFigure } from "../charts/figure.ts";
import { qqChart } from "../charts/qq.ts";
import { residualsChart } from "../charts/residuals.ts";
import type { ReportContext } from "../context.ts";
import { type HtmlValue, join, markup, num, type SafeHtml, table } from "../html.ts";
import type { RegressionSummary } from "../../results/types.ts";
import { section, type SectionHead } from "./section.ts";

/** |B| below this is shown with three decimals (two would hide it). */
const SMALL_COEFFICIENT = 0.05;

/** The section's id and heading. */
export const REGRESSIONS: SectionHead = { id: "regressions", title: "Regression models" };

/** "R² = .32, adjusted R² = .30, F(2, 69) = 16.21, p < .001" and the residual tests. */
export function fitSentence(r: RegressionSummary): string {
  const parts = [
    `n = ${formatCount(r.nobs)}`,
    `R² = ${formatBounded(r.rSquared)}`,
    `adjusted R² = ${formatBounded(r.adjRSquared)}`,
  ];
  if (r.fStatistic !== null) {
    parts.push(
      `F(${formatDf(r.df1)}, ${formatDf(r.df2)}) = ${formatNumber(r.fStatistic)}, ${
        formatPText(r.pValue)
      }`,
    );
  }
  parts.push(`residual SD = ${formatNumber(r.sigma)}`);
  const tests: string[] = [];
  if (r.breuschPagan) {
    const bp = r.breuschPagan;
    tests.push(
      `Breusch–Pagan χ²(${formatDf(bp.df)}) = ${formatNumber(bp.statistic)}, ${
        formatPText(bp.pValue)
      }`,
    );
  }
  if (r.shapiroWilk) {
    const sw = r.shapiroWilk;
    tests.push(
      `Shapiro–Wilk W = ${formatBounded(sw.statistic, 3)}, ${formatPText(sw.pValue)}`,
    );
  }
  return `${parts.join(", ")}.${tests.length ? ` ${tests.join("; ")}.` : ""}`;
}

function _table(ctx: ReportContext, r: RegressionSummary): SafeHtml {
  const t = ctx.nextTable();
  const level = formatLevel(r.confLevel);
  const hc = r.hcType;
  const head: HtmlValue[] = ["Term", "B", "SE", "β", "t", "p", `${level} CI`, "VIF"];
  if (hc) head.push(`${hc} SE`, `${hc} p`, `${hc} ${level} CI`);
  // Small coefficients (e.g. per year of age) get a third decimal, row by row.
  const digitsOf = (b: number) => (Math.abs(b) < SMALL_COEFFICIENT ? 3 : 2);
  const rows = r.terms.map((term) => {
    const d = digitsOf(term.estimate);
    const cells = [
      { content: ctx.labels.name(term.term), rowHeader: true },
      num(formatNumber(term.estimate, d)),
      num(formatNumber(term.stdError, d)),
      num(formatBounded(term.standardized)),
      num(formatNumber(term.statistic)),
      num(formatP(term.pValue)),
      num(formatCi(term.confLow, term.confHigh, { digits: d })),
      num(formatNumber(term.vif)),
    ];
    if (hc) {
      cells.push(
        num(formatNumber(term.robust?.stdError ?? null, d)),
        num(formatP(term.robust?.pValue ?? null)),
        num(formatCi(term.robust?.confLow ?? null, term.robust?.confHigh ?? null, { digits: d })),
      );
    }
    return cells;
  });
  const small = r.terms.some((term) => digitsOf(term.estimate) === 3)
    ? ` Coefficients below ${SMALL_COEFFICIENT} in absolute value are shown to three decimals.`
    : "";
  const notes = (r.notes.length ? ` ${r.notes.join(" ")}` : "") + small;
  return table({
    id: t.id,
    label: t.label,
    title: markup`Regression of ${ctx.labels.name(r.outcome)} on ${
      r.predictors.map((p) => ctx.labels.name(p)).join(", ") || "an intercept"
    } (model <code>${r.model}</code>${r.adjusted ? ", covariate-adjusted" : ""})`,
    head,
    rows,
    note: `${fitSentence(r)} B = unstandardized coefficient; β = standardized coefficient; ` +
      `t tests on ${formatDf(r.df2)} df.${
        hc ? ` ${hc} = heteroscedasticity-consistent standard error and its test.` : ""
      }${notes}`,
  });
}

async function _diagnostics(ctx: ReportContext, r: RegressionSummary): Promise<SafeHtml> {
  const d = ctx.input.figures.residuals[r.model];
  if (!d) {
    return markup`<p class="muted">No residuals were provided for model <code>${r.model}</code>.</p>`;
  }
  const name = `model ${r.model}`;
  return markup`<div class="figure-pair">
${await chartFigure(ctx, residualsChart(name, d.fitted, d.residuals))}
${await chartFigure(ctx, qqChart(name, d.studentized))}
</div>`;
}

function _list(items: string[]): string {
  return items.length <= 1
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Which models are adjusted for covariates, and for which. */
function _intro(ctx: ReportContext): SafeHtml {
  const models = ctx.input.results.regressions;
  const adjusted = models.filter((r) => r.adjusted);
  if (adjusted.length === 0) {
    return markup`<p>No model is adjusted for covariates.</p>`;
  }
  const terms = [...new Set(adjusted.flatMap((r) => ctx.covariatesOf(r.predictors)))];
  const unadjusted = models.length - adjusted.length;
  return markup`<p>${
    unadjusted ? `${unadjusted} model${unadjusted === 1 ? " is" : "s are"} unadjusted; ` : ""
  }${adjusted.length} ${adjusted.length === 1 ? "is" : "are"} adjusted for the covariates
${_list(terms.map((t) => ctx.labels.name(t)))} (marked <em>adjusted</em> below).</p>`;
}

/** The regressions section. */
export async function regressionsSection(ctx: ReportContext): Promise<SafeHtml> {
  const models = ctx.input.results.regressions;
  const parts: SafeHtml[] = models.length ? [_intro(ctx)] : [];
  for (const [k, r] of models.entries()) {
    const covariates = ctx.covariatesOf(r.predictors).map((p) => ctx.labels.name(p));
    parts.push(
      markup`<h3 id="regression-${k + 1}">Model <code>${r.model}</code>: ${
        ctx.labels.name(r.outcome)
      }${r.adjusted ? markup` <span class="tag">adjusted</span>` : ""}</h3>
${
        r.adjusted
          ? markup`<p class="meta">Adjusted for ${_list(covariates)}.</p>`
          : markup`<p class="meta">Unadjusted (no covariates).</p>`
      }
${_table(ctx, r)}
${await _diagnostics(ctx, r)}`,
    );
  }
  return section(
    REGRESSIONS,
    parts.length ? join(parts, "\n") : markup`<p>No regression models in the results.</p>`,
  );
}
