/**
 * Alternative orderings of the main model's variables, side by side with the main model
 * in one table, under a plain caution about direction.
 * @module
 */
import { formatCi, formatLevel, formatNumber, significanceMarks } from "../apa.ts";
import type { ReportContext } from "../context.ts";
import { INDIRECT_METHODS, PATH_METHODS, pickEffect } from "../effects.ts";
import { details, join, markup, num, type SafeHtml, table } from "../html.ts";
import type { MediationSummary } from "../../results/types.ts";
import { effectsTable, modelPath } from "./mediation_parts.ts";

function _path(model: MediationSummary, effect: string): string {
  const row = pickEffect(model, effect, PATH_METHODS);
  return row ? `${formatNumber(row.estimate)}${significanceMarks(row.pValue)}` : "—";
}

/** The comparison table: one row per model, a, b, c, c′ and ab with its interval. */
export function comparisonTable(
  ctx: ReportContext,
  main: MediationSummary | undefined,
  alternatives: MediationSummary[],
): SafeHtml {
  const t = ctx.nextTable();
  const models = [...(main ? [main] : []), ...alternatives];
  const level = formatLevel(models[0]?.confLevel ?? ctx.input.results.settings.confLevel);
  const name = ctx.labels.name;
  const methods = new Set<string>();
  const rows = models.map((model) => {
    const ab = pickEffect(model, "indirect", INDIRECT_METHODS);
    if (ab) methods.add(ab.method);
    return [
      {
        content: markup`${modelPath(model, name)}${
          model === main ? markup` <span class="muted">(paper's model)</span>` : ""
        }`,
        rowHeader: true,
      },
      num(_path(model, "a")),
      num(_path(model, "b")),
      num(_path(model, "total")),
      num(_path(model, "direct")),
      num(formatNumber(ab?.estimate ?? null)),
      num(ab ? formatCi(ab.confLow, ab.confHigh) : "—"),
    ];
  });
  const notes = [...new Set(alternatives.flatMap((m) => m.notes))];
  return table({
    id: t.id,
    label: t.label,
    title: "The main model and the alternative orderings of its variables",
    head: ["Model (X → M → Y)", "a", "b", "c", "c′", "ab", `${level} CI of ab`],
    rows,
    note: markup`Unstandardized coefficients of each model X → M → Y, with the variables in
the order shown: a = X → M, b = M → Y given X, c = total and c′ = direct effect of X on Y,
ab = indirect effect (interval: ${[...methods].join(", ") || "none"}). * p &lt; .05,
** p &lt; .01, *** p &lt; .001. ${notes.join(" ")}`,
  });
}

/** The alternatives block: caution, comparison table, and every effect in a collapsible. */
export function alternativesBlock(
  ctx: ReportContext,
  main: MediationSummary | undefined,
  alternatives: MediationSummary[],
): SafeHtml {
  const caution = markup`<p class="notice-inline"><strong>Caution: direction.</strong> These
models use the same measurements in other orders. With cross-sectional data, the data cannot show
which ordering is right: an indirect effect in the paper's ordering is not evidence that the
effect runs in that direction, and similar indirect effects in the other orderings are expected.
The paper's ordering rests on theory, not on these numbers.</p>`;
  const comparison = comparisonTable(ctx, main, alternatives);
  const full = alternatives.map((model) => effectsTable(ctx, model));
  return markup`${caution}
${comparison}
${
    details(
      `Every effect of the ${alternatives.length} alternative model${
        alternatives.length === 1 ? "" : "s"
      } under every interval method`,
      join(full, "\n"),
    )
  }`;
}
