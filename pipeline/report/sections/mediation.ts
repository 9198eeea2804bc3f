/**
 * Mediation, in the order a reader of the paper expects: the paper's model, its
 * covariate-adjusted version, the study's additional models (several mediators: which one
 * carries the effect), and the alternative orderings side by side with the main model.
 * @module
 */
import { formatCount } from "../apa.ts";
import type { ReportContext } from "../context.ts";
import { details, join, markup, type SafeHtml } from "../html.ts";
import type { MediationSummary } from "../../results/types.ts";
import { section, type SectionHead } from "./section.ts";
import {
  carrierSentences,
  compactEffectsTable,
  effectsChartFigure,
  specificEffects,
} from "./mediation_additional.ts";
import { alternativesBlock } from "./mediation_alternatives.ts";
import {
  diagramFigure,
  effectsTable,
  histogramFigure,
  indirectText,
  modelPath,
  scatterFigures,
  totalIndirectId,
} from "./mediation_parts.ts";

export { indirectText, modelPath, testText, totalIndirectId } from "./mediation_parts.ts";

/** The section's id and heading. */
export const MEDIATION: SectionHead = { id: "mediation", title: "Mediation" };

/** Headings of the model roles. */
export const ROLE_TITLE: Record<MediationSummary["role"], string> = {
  main: "Main model",
  adjusted: "Adjusted for covariates",
  additional: "Additional model",
  alternative: "Alternative ordering",
};

function _list(items: string[]): string {
  return items.length <= 1
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** "Age (years), Gender: male (vs female) and …": the display names of the covariate terms. */
export function covariateList(model: MediationSummary, name: (id: string) => string): string {
  return _list(model.covariates.map((c) => name(c)));
}

/** The study's label of an additional model (matched on x, m, y and serial), or null. */
export function additionalLabel(ctx: ReportContext, model: MediationSummary): string | null {
  const declared = ctx.input.study.model.additional ?? [];
  const match = declared.find((d) =>
    d.x === model.x && d.y === model.y && d.m.join("\u0000") === model.m.join("\u0000") &&
    (d.serial ?? false) === model.serial
  );
  return match ? match.label : null;
}

function _notes(model: MediationSummary): SafeHtml {
  return model.notes.length
    ? markup`<h4>Notes</h4>\n<ul class="notes">${
      model.notes.map((n) => markup`<li>${n}</li>`)
    }</ul>`
    : markup``;
}

function _subtitle(ctx: ReportContext, model: MediationSummary): SafeHtml {
  const covariates = covariateList(model, ctx.labels.name);
  const analysed = ctx.input.results.sample.nAnalysed;
  const fewer = model.nobs < analysed
    ? ` of the ${formatCount(analysed)} analysed participants (complete cases: the others lack ` +
      "a score on a variable of this model)"
    : "";
  return markup`<p class="meta">Model <code>${model.model}</code>; ${
    covariates ? `adjusted for ${covariates}` : "no covariates"
  }; n = ${formatCount(model.nobs)}${fewer}.</p>`;
}

/** One mediator: diagram, every effect, bootstrap distribution, scatterplots. */
async function _single(
  ctx: ReportContext,
  model: MediationSummary,
  plotted: Map<string, string>,
): Promise<SafeHtml> {
  return markup`${diagramFigure(ctx, model)}
${effectsTable(ctx, model)}
${await histogramFigure(ctx, model)}
<h4>Scatterplots of the model's variables</h4>
${await scatterFigures(ctx, model, plotted)}
${_notes(model)}`;
}

/** Several mediators: diagram, what carries the effect, compact table, chart, all rows. */
async function _several(ctx: ReportContext, model: MediationSummary): Promise<SafeHtml> {
  const effects = specificEffects(model, ctx.labels.name);
  const sentences = carrierSentences(model, effects, ctx.labels.name);
  const kind = model.serial ? "in series" : "in parallel";
  return markup`<p>${_list(model.m.map((m) => ctx.labels.name(m)))} are entered ${kind}: each
specific indirect effect is the part of the effect of ${ctx.labels.name(model.x)} on
${ctx.labels.name(model.y)} that runs through that mediator${
    model.serial ? " (or through both, in order)" : " while the others are held constant"
  }.</p>
${diagramFigure(ctx, model)}
${sentences.length ? markup`<p class="finding-summary">${sentences.join(" ")}</p>` : ""}
${compactEffectsTable(ctx, model, effects)}
${await effectsChartFigure(ctx, model, effects)}
${
    details(
      markup`Every effect of <code>${model.model}</code> under every interval method`,
      effectsTable(ctx, model),
    )
  }
${_notes(model)}`;
}

/** How adjusting changed the indirect effect: "from ab = … to ab = …". */
function _adjustment(
  ctx: ReportContext,
  model: MediationSummary,
  main: MediationSummary | undefined,
): SafeHtml {
  const name = ctx.labels.name;
  const [m0] = model.m;
  const equations = model.m.length === 1
    ? `both equations (${name(m0)} ~ ${name(model.x)} + C; ${name(model.y)} ~ ${name(model.x)} + ${
      name(m0)
    } + C)`
    : "every equation";
  const change = main && main.m.join() === model.m.join()
    ? ` Compared with the main model, the indirect effect changed from ${
      indirectText(main, totalIndirectId(main))
    } to ${indirectText(model, totalIndirectId(model))}.`
    : "";
  return markup`<p>The main model with covariates C added to ${equations}, where C =
${covariateList(model, name)} (categorical covariates dummy-coded; the reference level is in
parentheses).${change}</p>`;
}

/** The mediation section. */
export async function mediationSection(ctx: ReportContext): Promise<SafeHtml> {
  const all = ctx.input.results.mediation;
  if (all.length === 0) {
    return section(MEDIATION, markup`<p>No mediation model in the results.</p>`);
  }
  const name = ctx.labels.name;
  const main = all.find((m) => m.role === "main");
  const alternatives = all.filter((m) => m.role === "alternative");
  const plotted = new Map<string, string>();
  const parts: SafeHtml[] = [_intro(ctx, all)];
  for (const [k, model] of all.entries()) {
    if (model.role === "alternative") continue;
    const label = model.role === "additional" ? additionalLabel(ctx, model) : null;
    const heading = markup`<h3 id="mediation-${k + 1}">${ROLE_TITLE[model.role]}: ${
      label ?? modelPath(model, name)
    }</h3>`;
    const lead = model.role === "adjusted" ? _adjustment(ctx, model, main) : markup``;
    const body = model.m.length > 1
      ? await _several(ctx, model)
      : await _single(ctx, model, plotted);
    parts.push(markup`${heading}
${_subtitle(ctx, model)}
${lead}
${body}`);
  }
  if (alternatives.length) {
    parts.push(markup`<h3 id="mediation-alternatives">Alternative orderings</h3>
${alternativesBlock(ctx, main, alternatives)}`);
  }
  return section(MEDIATION, join(parts, "\n"));
}

function _intro(ctx: ReportContext, all: MediationSummary[]): SafeHtml {
  const name = ctx.labels.name;
  const items = all.flatMap((model, k) => {
    if (model.role === "alternative") return [];
    const label = model.role === "additional" ? additionalLabel(ctx, model) : null;
    return [
      markup`<li><a href="#mediation-${k + 1}">${ROLE_TITLE[model.role]}</a>: ${
        label ?? modelPath(model, name)
      }${model.role === "adjusted" ? ` (adjusted for ${covariateList(model, name)})` : ""}</li>`,
    ];
  });
  const alternatives = all.filter((m) => m.role === "alternative");
  if (alternatives.length) {
    items.push(
      markup`<li><a href="#mediation-alternatives">Alternative orderings</a>: ${
        alternatives.map((m) => modelPath(m, name)).join("; ")
      } (compared with the main model; they cannot establish direction)</li>`,
    );
  }
  return markup`<ul class="model-list">${items}</ul>`;
}
