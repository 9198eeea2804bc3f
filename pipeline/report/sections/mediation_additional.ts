/**
 * Models with several mediators (parallel or serial): which mediator carries the effect.
 * A compact table of the specific indirect effects, their total and their contrasts (one
 * row each, an interval column per method), a dot-and-whisker chart and a sentence that
 * reads the intervals.
 * @module
 */
import { formatCi, formatCount, formatLevel, formatNumber, formatP } from "../apa.ts";
import { chartFigure } from "../charts/figure.ts";
import { indirectEffectsChart, type IntervalRow } from "../charts/indirect_effects.ts";
import type { ReportContext } from "../context.ts";
import { pickEffect } from "../effects.ts";
import { join, markup, num, type SafeHtml, table } from "../html.ts";
import type { EffectRow, MediationSummary } from "../../results/types.ts";
import { modelPath } from "./mediation_parts.ts";

/** The interval columns of the compact table, in order: method id and column heading. */
export const COMPACT_METHODS: [string, string][] = [
  ["percentile bootstrap", "Percentile"],
  ["bc bootstrap", "BC"],
  ["bca bootstrap", "BCa"],
  ["sobel (normal theory)", "Delta method"],
];

/** The method the chart and the sentences read (the recommended one; see Methods). */
export const READ_METHOD = "percentile bootstrap";

/** An effect of a several-mediator model, with its short label and its group. */
export interface SpecificEffect {
  effect: string;
  label: string;
  group: "Specific" | "Total" | "Contrast";
}

/**
 * The effects that say which mediator carries the effect, in results order: specific
 * indirect effects (`indirect:<m>`, and `indirect:<m1>-><m2>` in serial models), the
 * total indirect effect, and the pairwise contrasts (standardized versions left out).
 */
export function specificEffects(
  model: MediationSummary,
  name: (id: string) => string,
): SpecificEffect[] {
  const ids = [...new Set(model.effects.map((e) => e.effect))];
  const out: SpecificEffect[] = [];
  // In series, "through M1" alone is ambiguous beside "through M1 then M2".
  const only = model.serial ? " only" : "";
  for (const m of model.m) {
    if (ids.includes(`indirect:${m}`)) {
      out.push({
        effect: `indirect:${m}`,
        label: `Through ${name(m)}${only}`,
        group: "Specific",
      });
    }
    for (const m2 of model.m) {
      const chain = `indirect:${m}->${m2}`;
      if (m2 !== m && ids.includes(chain)) {
        out.push({
          effect: chain,
          label: `Through ${name(m)} then ${name(m2)}`,
          group: "Specific",
        });
      }
    }
  }
  // Serial models list the chain between the two single-mediator effects, as PROCESS.
  if (model.serial) {
    const order = (e: SpecificEffect) =>
      e.effect === `indirect:${model.m[0]}` ? 0 : e.effect.includes("->") ? 1 : 2;
    out.sort((p, q) => order(p) - order(q));
  }
  if (ids.includes("indirect:total")) {
    out.push({ effect: "indirect:total", label: "Total indirect effect", group: "Total" });
  }
  for (const id of ids.filter((e) => e.startsWith("contrast:"))) {
    const [m1, m2] = _contrastPair(id, model.m);
    out.push({
      effect: id,
      label: m1 === null ? id : `${name(m1)} − ${name(m2!)}`,
      group: "Contrast",
    });
  }
  return out;
}

function _contrastPair(id: string, mediators: string[]): [string | null, string | null] {
  const body = id.slice("contrast:".length);
  for (const m1 of mediators) {
    for (const m2 of mediators) {
      if (m1 !== m2 && body === `${m1}-${m2}`) return [m1, m2];
    }
  }
  return [null, null];
}

function _row(model: MediationSummary, effect: string, method: string): EffectRow | undefined {
  return model.effects.find((e) => e.effect === effect && e.method === method);
}

/** The compact effects table of a model with several mediators. */
export function compactEffectsTable(
  ctx: ReportContext,
  model: MediationSummary,
  effects: SpecificEffect[],
): SafeHtml {
  const t = ctx.nextTable();
  const level = formatLevel(model.confLevel);
  const methods = COMPACT_METHODS.filter(([m]) => model.effects.some((e) => e.method === m));
  const notes: string[] = [];
  const rows = effects.map((s) => {
    const delta = _row(model, s.effect, "sobel (normal theory)") ??
      _row(model, s.effect, READ_METHOD);
    const any = pickEffect(model, s.effect);
    return [
      { content: s.label, rowHeader: true },
      num(formatNumber(any?.estimate ?? null)),
      num(formatNumber(delta?.stdError ?? null)),
      num(formatP(delta?.pValue ?? null)),
      ...methods.map(([m]) => {
        const r = _row(model, s.effect, m);
        if (!r) return num("—");
        if (r.note === null) return num(formatCi(r.confLow, r.confHigh));
        // One footnote per distinct note text, as in the full effects table.
        let k = notes.indexOf(r.note);
        if (k < 0) k = notes.push(r.note) - 1;
        return num(markup`${formatCi(r.confLow, r.confHigh)}<sup>${k + 1}</sup>`);
      }),
    ];
  });
  const head =
    markup`<tr><th scope="col" rowspan="2">Effect</th><th scope="col" rowspan="2" class="num">Estimate</th><th scope="col" rowspan="2" class="num">SE</th><th scope="col" rowspan="2" class="num">p</th><th scope="colgroup" colspan="${methods.length}" class="center">${level} CI</th></tr>
<tr>${methods.map(([, h]) => markup`<th scope="col" class="num">${h}</th>`)}</tr>`;
  return table({
    id: t.id,
    label: t.label,
    title: markup`Indirect effects of <code>${model.model}</code>, by mediator`,
    head,
    rows,
    note: markup`SE and p: delta method (normal theory). Interval columns: ${
      methods.map(([, h]) => h).join(", ")
    } (bootstrap intervals from ${formatCount(model.resamplesUsed)} resamples); the percentile
interval is the one read in the text (see Methods).${
      effects.some((e) => e.group === "Contrast")
        ? " Contrasts are differences of two specific indirect effects (first minus second)."
        : ""
    } ${join(notes.map((n, k) => markup`<sup>${k + 1}</sup> ${n}.`), " ")}`,
    className: "effects compact",
  });
}

/** The dot-and-whisker chart of the effects under the percentile method. */
export async function effectsChartFigure(
  ctx: ReportContext,
  model: MediationSummary,
  effects: SpecificEffect[],
): Promise<SafeHtml> {
  const rows: IntervalRow[] = [];
  for (const s of effects) {
    const r = _row(model, s.effect, READ_METHOD) ?? pickEffect(model, s.effect);
    if (!r || r.estimate === null) continue;
    rows.push({
      label: s.label,
      group: s.group,
      estimate: r.estimate,
      low: r.confLow,
      high: r.confHigh,
    });
  }
  if (rows.length === 0) return markup``;
  const what = modelPath(model, ctx.labels.name);
  return await chartFigure(
    ctx,
    indirectEffectsChart(`the model ${what}`, rows, READ_METHOD, model.confLevel),
  );
}

function _excludes(r: EffectRow | undefined): boolean | null {
  if (!r || r.confLow === null || r.confHigh === null) return null;
  return r.confLow > 0 || r.confHigh < 0;
}

function _list(items: string[], last = "and"): string {
  return items.length <= 1
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} ${last} ${items[items.length - 1]}`;
}

function _value(r: EffectRow): string {
  return `${formatNumber(r.estimate)} ${formatCi(r.confLow, r.confHigh)}`;
}

/**
 * Plain sentences: which specific indirect effects have an interval that excludes zero
 * (percentile bootstrap), whether the total does, and which contrasts do. Reads the
 * results only.
 */
export function carrierSentences(
  model: MediationSummary,
  effects: SpecificEffect[],
  name: (id: string) => string,
): string[] {
  const level = formatLevel(model.confLevel);
  const read = (s: SpecificEffect) => _row(model, s.effect, READ_METHOD);
  const specific = effects.filter((s) => s.group === "Specific" && read(s));
  const total = effects.find((s) => s.group === "Total");
  const totalRow = total ? read(total) : undefined;
  const out: string[] = [];
  // "WAI: Goal (0.15 [−0.11, 0.45])": a specific effect by its path, with its numbers.
  const path = (s: SpecificEffect) => `${s.label.replace(/^Through /, "")} (${_value(read(s)!)})`;
  if (totalRow) {
    out.push(
      `The total indirect effect of ${name(model.x)} on ${name(model.y)} was ` +
        `${_value(totalRow)} (${level} percentile bootstrap CI); its interval ` +
        `${_excludes(totalRow) ? "excludes" : "includes"} zero.`,
    );
  }
  const carriers = specific.filter((s) => _excludes(read(s)));
  const others = specific.filter((s) => !_excludes(read(s)));
  if (specific.length > 0 && carriers.length === 0) {
    out.push(
      "The interval of the indirect effect includes zero through each path: " +
        `${_list(specific.map(path))}` +
        (_excludes(totalRow)
          ? ". The mediators carry the effect jointly; these data cannot attribute it to any " +
            "one of them."
          : "."),
    );
  } else if (carriers.length > 0) {
    out.push(
      `The interval of the indirect effect excludes zero through ${_list(carriers.map(path))}` +
        (others.length ? ` and includes zero through ${_list(others.map(path))}.` : "."),
    );
  }
  const contrasts = effects.filter((s) => s.group === "Contrast" && read(s));
  if (contrasts.length > 0) {
    const differ = contrasts.filter((s) => _excludes(read(s)));
    out.push(
      differ.length === 0
        ? `No pairwise contrast has an interval that excludes zero: the data do not show ` +
          `that one mediator carries more of the effect than another.`
        : `Contrasts whose interval excludes zero: ${
          differ.map((s) => `${s.label}, ${_value(read(s)!)}`).join("; ")
        }; the other contrasts include zero.`,
    );
  }
  return out;
}
