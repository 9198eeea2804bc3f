/**
 * The parts of one mediation model's report: the path diagram, the table of every effect
 * under every interval method, the bootstrap distribution of the indirect effect, and the
 * scatterplots of the model's variable pairs.
 * @module
 */
import {
  formatCi,
  formatCount,
  formatDf,
  formatLevel,
  formatNumber,
  formatP,
  significanceMarks,
} from "../apa.ts";
import { chartFigure } from "../charts/figure.ts";
import { bootstrapHistogramChart } from "../charts/histogram.ts";
import { pathDiagramSvg } from "../charts/path_diagram.ts";
import { scatterChart } from "../charts/scatter.ts";
import type { ReportContext } from "../context.ts";
import {
  effectLabel,
  INDIRECT_METHODS,
  mediatorEffect,
  PATH_METHODS,
  pickEffect,
} from "../effects.ts";
import { type HtmlValue, join, markup, num, type SafeHtml, table } from "../html.ts";
import type { EffectRow, MediationSummary } from "../../results/types.ts";

/** The effect id of the (total) indirect effect of a model. */
export function totalIndirectId(model: MediationSummary): string {
  return model.m.length > 1 && model.effects.some((e) => e.effect === "indirect:total")
    ? "indirect:total"
    : "indirect";
}

function _path(row: EffectRow | undefined, symbol: string): string {
  if (!row) return `${symbol} = —`;
  return `${symbol} = ${formatNumber(row.estimate)}${significanceMarks(row.pValue)}`;
}

/** "ab = 0.21, 95% CI [0.08, 0.37] (percentile bootstrap)". */
export function indirectText(model: MediationSummary, effect: string, symbol = "ab"): string {
  const row = pickEffect(model, effect, INDIRECT_METHODS);
  if (!row) return `${symbol}: not estimated`;
  return `${symbol} = ${formatNumber(row.estimate)}, ${formatLevel(model.confLevel)} CI ` +
    `${formatCi(row.confLow, row.confHigh)} (${row.method})`;
}

/** The path diagram of `model` as a numbered figure. */
export function diagramFigure(ctx: ReportContext, model: MediationSummary): SafeHtml {
  const { id, label } = ctx.nextFigure();
  const name = ctx.labels.name;
  const mediators = model.m.map((m) => ({
    name: name(m),
    a: _path(pickEffect(model, mediatorEffect(model, "a", m), PATH_METHODS), "a"),
    b: _path(pickEffect(model, mediatorEffect(model, "b", m), PATH_METHODS), "b"),
  }));
  const direct = _path(pickEffect(model, "direct", PATH_METHODS), "c′");
  const total = `(${_path(pickEffect(model, "total", PATH_METHODS), "c")})`;
  const totalId = totalIndirectId(model);
  const footer = [indirectText(model, totalId, totalId === "indirect" ? "ab" : "Total indirect")];
  const specific = [...new Set(model.effects.map((e) => e.effect))].filter((e) =>
    e.startsWith("indirect:") && e !== totalId && !e.endsWith("-standardized")
  );
  for (const effect of specific) {
    footer.push(indirectText(model, effect, effectLabel(effect, model, ctx.labels)));
  }
  const [m1, m2] = model.m;
  const serial = model.serial
    ? _path(pickEffect(model, `d:${m1}->${m2}`, PATH_METHODS), "d")
    : null;
  const title = `${label}. Path diagram of model ${model.model}`;
  const description = `${name(model.x)} predicts ${mediators.map((m) => m.name).join(" and ")} ` +
    `(${mediators.map((m) => m.a).join("; ")}), which predicts ${name(model.y)} ` +
    `(${mediators.map((m) => m.b).join("; ")}); direct effect ${direct}, total effect ${total}. ` +
    footer.join(". ") + ".";
  const svg = pathDiagramSvg({
    id,
    x: name(model.x),
    y: name(model.y),
    mediators,
    serial,
    direct,
    total,
    footer,
    title,
    description,
  });
  const adjusted = model.covariates.length
    ? `, every equation adjusted for ${model.covariates.map((c) => name(c)).join(", ")}`
    : "";
  return markup`<figure class="chart diagram" id="${id}">
<figcaption><span class="label">${label}</span> <span class="title">Path diagram of model <code>${model.model}</code></span></figcaption>
<div class="chart-box diagram-box">${svg}</div>
<p class="note"><em>Note.</em> Unstandardized coefficients${adjusted}. c = total effect (in
parentheses), c′ = direct effect. * p &lt; .05, ** p &lt; .01, *** p &lt; .001.
n = ${formatCount(model.nobs)}.</p>
</figure>
`;
}

/** "t(69) = 4.34", "z = 2.89", or an em dash when the row has no test. */
export function testText(row: EffectRow): string {
  if (row.statistic === null) return "—";
  const name = row.df === null ? "z" : `t(${formatDf(row.df)})`;
  return `${name} = ${formatNumber(row.statistic)}`;
}

/** The table of every effect of `model` under every interval method. */
export function effectsTable(ctx: ReportContext, model: MediationSummary): SafeHtml {
  const t = ctx.nextTable();
  const order = [...new Set(model.effects.map((e) => e.effect))];
  const notes: string[] = [];
  const rows = order.flatMap((effect) => {
    const group = model.effects.filter((e) => e.effect === effect);
    return group.map((e, i) => {
      let method: HtmlValue = e.method;
      if (e.note !== null) {
        // One footnote per distinct note text.
        let k = notes.indexOf(e.note);
        if (k < 0) k = notes.push(e.note) - 1;
        method = markup`${e.method}<sup>${k + 1}</sup>`;
      }
      const head = {
        content: effectLabel(effect, model, ctx.labels),
        rowHeader: true,
        rowspan: group.length,
      };
      return [
        ...(i === 0 ? [head] : []),
        { content: method, className: "nowrap" },
        num(formatNumber(e.estimate) + (e.unstable ? "†" : "")),
        num(formatNumber(e.stdError)),
        num(testText(e)),
        num(formatP(e.pValue)),
        num(formatCi(e.confLow, e.confHigh)),
      ];
    });
  });
  const unstable = model.effects.some((e) => e.unstable)
    ? " † Unstable: the interval of the total effect includes 0, so the ratio is dominated by " +
      "noise in its denominator."
    : "";
  const level = formatLevel(model.confLevel);
  return table({
    id: t.id,
    label: t.label,
    title:
      markup`Effects of mediation model <code>${model.model}</code> under every interval method`,
    head: ["Effect", "Interval method", "Estimate", "SE", "Test", "p", `${level} CI`],
    rows,
    note: markup`n = ${formatCount(model.nobs)}; ${formatCount(model.resamples)} bootstrap
resamples, ${formatCount(model.resamplesUsed)} used (${formatCount(model.resamplesFailed)} failed),
seed ${model.seed}${
      model.effects.some((e) => e.method === "monte carlo")
        ? `; ${formatCount(model.monteCarloDraws)} Monte Carlo draws (seed ${model.monteCarloSeed})`
        : ""
    }. Path rows: ${
      model.seType === "ml" ? "maximum-likelihood SE and z tests" : "OLS SE and t tests"
    }.
The interval methods are defined under Methods.${unstable} ${
      join(notes.map((n, k) => markup`<sup>${k + 1}</sup> ${n}.`), " ")
    }`,
    className: "effects",
  });
}

/** The bootstrap distribution of the (total) indirect effect, when draws are given. */
export async function histogramFigure(
  ctx: ReportContext,
  model: MediationSummary,
): Promise<SafeHtml> {
  const draws = ctx.input.figures.indirectDraws[model.model];
  if (!draws || draws.length === 0) return markup``;
  const effect = totalIndirectId(model);
  const rows = model.effects.filter((e) => e.effect === effect);
  const name = ctx.labels.name;
  const effectName = model.m.length > 1
    ? `total indirect effect of ${name(model.x)} on ${name(model.y)}`
    : `indirect effect of ${name(model.x)} on ${name(model.y)} through ${name(model.m[0])}`;
  return await chartFigure(
    ctx,
    bootstrapHistogramChart(
      effectName,
      draws,
      rows[0]?.estimate ?? null,
      rows.map((r) => ({ method: r.method, low: r.confLow, high: r.confHigh })),
    ),
  );
}

/**
 * Scatterplots of the model's variable pairs (X–M, M–Y per mediator, X–Y); a pair already
 * in `plotted` (key: JSON of [x, y]; value: figure label) is referred to, not drawn again.
 */
export async function scatterFigures(
  ctx: ReportContext,
  model: MediationSummary,
  plotted: Map<string, string>,
): Promise<SafeHtml> {
  const { scores, ids } = ctx.input.figures;
  const pairs: [string, string][] = [
    ...model.m.flatMap((m): [string, string][] => [[model.x, m], [m, model.y]]),
    [model.x, model.y],
  ];
  const figures: SafeHtml[] = [];
  const earlier: string[] = [];
  for (const [x, y] of pairs) {
    const key = JSON.stringify([x, y]);
    const seen = plotted.get(key);
    if (seen !== undefined) {
      earlier.push(seen);
      continue;
    }
    if (!scores[x] || !scores[y]) continue;
    const axis = (id: string) => ({ name: ctx.labels.name(id), values: scores[id] });
    const numbered = ctx.nextFigure();
    plotted.set(key, numbered.label);
    figures.push(await chartFigure(ctx, scatterChart(ids, axis(x), axis(y)), numbered));
  }
  const note = earlier.length
    ? markup`<p>Scatterplots shown above for an earlier model: ${earlier.join(", ")}.</p>\n`
    : "";
  const grid = figures.length ? markup`<div class="figure-grid">${join(figures, "\n")}</div>` : "";
  return markup`${note}${grid}`;
}

/** "RPRS → WAI → RAS", "RPRS → WAI: Bond, WAI: Task (parallel) → RAS", serial chains. */
export function modelPath(model: MediationSummary, name: (id: string) => string): string {
  const m = model.m.map((v) => name(v));
  const middle = model.serial ? m.join(" → ") : m.join(", ") + (m.length > 1 ? " (parallel)" : "");
  return `${name(model.x)} → ${middle} → ${name(model.y)}`;
}
