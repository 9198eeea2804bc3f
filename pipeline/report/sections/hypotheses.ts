/**
 * One plain-language sentence per hypothesis of the mediation model, generated from the
 * numbers (estimates, intervals and p values as reported in the tables).
 * @module
 */
import { formatCi, formatLevel, formatNumber, formatPText } from "../apa.ts";
import type { ReportContext } from "../context.ts";
import { INDIRECT_METHODS, mediatorEffect, PATH_METHODS, pickEffect } from "../effects.ts";
import { join, markup, type SafeHtml } from "../html.ts";
import type { EffectRow, MediationSummary } from "../../results/types.ts";
import { section, type SectionHead } from "./section.ts";
import { modelPath, ROLE_TITLE, totalIndirectId } from "./mediation.ts";

/** The section's id and heading. */
export const HYPOTHESES: SectionHead = { id: "hypotheses", title: "Findings by hypothesis" };

function _interval(row: EffectRow, level: number, method: string | null): string {
  if (row.confLow === null && row.confHigh === null) return "";
  return `, ${formatLevel(level)}${method ? ` ${method}` : ""} CI ${
    formatCi(row.confLow, row.confHigh)
  }`;
}

function _zero(row: EffectRow): string {
  if (row.confLow === null || row.confHigh === null) return "";
  return row.confLow > 0 || row.confHigh < 0
    ? " The interval excludes zero."
    : " The interval includes zero.";
}

function _direction(row: EffectRow): string {
  if (row.estimate === null || row.estimate === 0) return "";
  return row.estimate > 0 ? "positive" : "negative";
}

function _associated(row: EffectRow): string {
  if (row.estimate === null) return "associated";
  const direction = _direction(row);
  return direction ? `${direction}ly associated` : "not associated";
}

function _list(items: string[]): string {
  return items.length <= 1
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** "symbol = 0.52, 95% CI [0.21, 0.83], p = .001" */
function _numbers(row: EffectRow, symbol: string, level: number): string {
  const p = row.pValue === null ? "" : `, ${formatPText(row.pValue)}`;
  return `${symbol} = ${formatNumber(row.estimate)}${_interval(row, level, null)}${p}`;
}

/** The sentences of one mediation model, as [hypothesis, finding] pairs. */
export function hypothesisSentences(
  model: MediationSummary,
  name: (id: string) => string,
): [string, string][] {
  const x = name(model.x);
  const y = name(model.y);
  const level = model.confLevel;
  const covariates = model.covariates.map((c) => name(c));
  // "Adjusting for age and gender, the …" / "The …".
  // The covariates are named once, in the heading of the model's block.
  const lead = covariates.length ? "Adjusting for the covariates, the" : "The";
  const leadName = (subject: string) =>
    covariates.length ? `Adjusting for the covariates, ${subject}` : subject;
  const out: [string, string][] = [];
  const total = pickEffect(model, "total", PATH_METHODS);
  if (total) {
    out.push([
      `${x} is associated with ${y} (total effect c).`,
      `${lead} total effect of ${x} on ${y} was ${_direction(total) || "zero"}: ` +
      `${_numbers(total, "c", level)}.${_zero(total)}`,
    ]);
  }
  for (const m of model.m) {
    const mName = name(m);
    const a = pickEffect(model, mediatorEffect(model, "a", m), PATH_METHODS);
    if (a) {
      out.push([
        `${x} is associated with ${mName} (path a).`,
        `${leadName(x)} was ${_associated(a)} with ${mName}: ${_numbers(a, "a", level)}.` +
        _zero(a),
      ]);
    }
    const b = pickEffect(model, mediatorEffect(model, "b", m), PATH_METHODS);
    if (b) {
      out.push([
        `${mName} is associated with ${y} when ${x} is held constant (path b).`,
        `${leadName(mName)} was ${_associated(b)} with ${y} when ${x} was held constant: ` +
        `${_numbers(b, "b", level)}.${_zero(b)}`,
      ]);
    }
    const indirect = pickEffect(model, mediatorEffect(model, "indirect", m), INDIRECT_METHODS);
    if (indirect) {
      out.push([
        `${mName} mediates the effect of ${x} on ${y} (indirect effect ab).`,
        `${lead} indirect effect of ${x} on ${y} through ${mName} was ` +
        `${formatNumber(indirect.estimate)}${_interval(indirect, level, indirect.method)}.` +
        _zero(indirect),
      ]);
    }
  }
  if (model.m.length > 1) {
    const all = pickEffect(model, totalIndirectId(model), INDIRECT_METHODS);
    if (all) {
      out.push([
        `The mediators together carry part of the effect of ${x} on ${y}.`,
        `${lead} total indirect effect was ${formatNumber(all.estimate)}` +
        `${_interval(all, level, all.method)}.${_zero(all)}`,
      ]);
    }
  }
  const direct = pickEffect(model, "direct", PATH_METHODS);
  if (direct) {
    out.push([
      `${x} is associated with ${y} beyond the mediated path (direct effect c′).`,
      `${lead} direct effect of ${x} on ${y} was ${_numbers(direct, "c′", level)}.${_zero(direct)}`,
    ]);
  }
  return out;
}

/** The hypotheses section. */
export function hypothesesSection(ctx: ReportContext): SafeHtml {
  // Alternative orderings are comparisons, not hypotheses of the study.
  const models = ctx.input.results.mediation.filter((m) => m.role !== "alternative");
  const skipped = ctx.input.results.mediation.length - models.length;
  const blocks = models.map((model) => {
    const sentences = hypothesisSentences(model, ctx.labels.name);
    const items = sentences.map(([h, finding]) =>
      markup`<li><p class="hypothesis">${h}</p><p class="finding">${finding}</p></li>\n`
    );
    const head = models.length > 1
      ? markup`<h3>${ROLE_TITLE[model.role] ?? model.role}: ${
        modelPath(model, ctx.labels.name)
      } <span class="muted">(model <code>${model.model}</code>)</span></h3>\n${
        model.covariates.length
          ? markup`<p class="meta">Covariates: ${
            _list(model.covariates.map((c) => ctx.labels.name(c)))
          }.</p>\n`
          : ""
      }`
      : "";
    return markup`${head}<ol class="hypotheses">\n${items}</ol>`;
  });
  const synthetic = ctx.input.results.synthetic
    ? markup`<p class="notice-inline"><strong>Synthetic data:</strong> these sentences describe
the simulated data set, not real participants.</p>`
    : "";
  return section(
    HYPOTHESES,
    blocks.length
      ? markup`<p>The hypotheses follow the study's mediation model; each finding is generated
from the estimates in the tables above (path rows: OLS; indirect effects: the first available of
${INDIRECT_METHODS.join(", ")}).</p>
${synthetic}${join(blocks, "\n")}${
        skipped
          ? markup`\n<p class="muted">The ${skipped} alternative ordering${
            skipped === 1 ? " is" : "s are"
          } not a hypothesis of the study and ${
            skipped === 1 ? "is" : "are"
          } not listed here (see Mediation).</p>`
          : ""
      }`
      : markup`<p>No mediation model in the results.</p>`,
  );
}
