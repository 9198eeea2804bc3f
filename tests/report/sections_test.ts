/**
 * The sections added with the grown results contract: mediation by role (main, adjusted,
 * additional, alternative), sensitivity to unmeasured confounding, power; what Methods
 * and the regression section say about them; and the size-saving rendering of specs.
 */
import assert from "node:assert/strict";
import { formatNumber } from "../../pipeline/report/apa.ts";
import { keyEstimates, renderReport } from "../../pipeline/report/mod.ts";
import { fixtureInput } from "./fixture.ts";

const page = await renderReport(fixtureInput());

/** The text of `html` as a reader sees it: no tags, entities decoded, spaces collapsed. */
function text(html: string): string {
  return html.replace(/<svg[\s\S]*?<\/svg>/g, " ").replace(/<pre[\s\S]*?<\/pre>/g, " ")
    .replace(/<[^>]*>/g, " ").replace(/&lt;/g, "<").replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&")
    .replace(/\s+/g, " ").trim();
}

/** The markup of section `id`. */
function sectionOf(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  assert.ok(start >= 0, `section ${id}`);
  return html.slice(start, html.indexOf("</section>", start));
}

/** The markup from the heading with id `from` to the next h3 (or the end of the section). */
function block(html: string, from: string): string {
  const start = html.indexOf(`id="${from}"`);
  assert.ok(start >= 0, from);
  const next = html.indexOf("<h3", start + 1);
  return html.slice(start, next < 0 ? undefined : next);
}

/** The chart figure whose title is `title`: its markup and its parsed Vega-Lite spec. */
function chart(html: string, title: string): { html: string; spec: Record<string, unknown> } {
  const chunks = html.split(/(?=<figure class="chart)/);
  const found = chunks.find((c) => c.includes(`<span class="title">${title}</span>`));
  assert.ok(found, `chart "${title}"`);
  const json = found.match(/<pre class="spec"><code>([\s\S]*?)<\/code><\/pre>/)![1];
  return {
    html: found,
    spec: JSON.parse(json.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&")),
  };
}

/** Rows of the first table in `html`: each row's cells as text. */
function tableRows(html: string): string[][] {
  const body = html.match(/<tbody>([\s\S]*?)<\/tbody>/)![1];
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) =>
    [...r[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => text(c[1]))
  );
}

/** The table whose caption title contains `title`. */
function tableOf(html: string, title: string): string {
  const start = html.indexOf(title);
  assert.ok(start >= 0, `table "${title}"`);
  return html.slice(start, html.indexOf("</figure>", start));
}

type Layer = { mark: { type: string }; encoding?: Record<string, unknown>; data?: unknown };

Deno.test("mediation: main, adjusted and additional models, then the alternatives, by role", () => {
  const mediation = sectionOf(page, "mediation");
  const headings = [...mediation.matchAll(/<h3 id="(mediation-[a-z0-9]+)">([\s\S]*?)<\/h3>/g)]
    .map((m) => [m[1], text(m[2])]);
  assert.deepEqual(headings, [
    ["mediation-1", "Main model: RPRS → WAI → RAS"],
    ["mediation-2", "Adjusted for covariates: RPRS → WAI → RAS"],
    ["mediation-3", "Additional model: Parallel mediation through two WAI subscales (Bond, Task)"],
    ["mediation-4", "Additional model: Serial mediation: Bond, then Task"],
    ["mediation-alternatives", "Alternative orderings"],
  ]);
  // The list at the top links every block.
  for (const [id] of headings) assert.ok(mediation.includes(`<a href="#${id}">`), id);
});

Deno.test("mediation: the adjusted model names its covariates with the study's labels", () => {
  const adjusted = text(block(page, "mediation-2"));
  assert.ok(
    adjusted.includes(
      "The main model with covariates C added to both equations (WAI ~ RPRS + C; RAS ~ RPRS + " +
        "WAI + C), where C = Age (years) and Gender: male (vs female) (categorical covariates " +
        "dummy-coded; the reference level is in parentheses).",
    ),
    adjusted,
  );
  assert.ok(
    adjusted.includes(
      "the indirect effect changed from ab = 0.21, 95% CI [0.08, 0.37] (percentile bootstrap) " +
        "to ab = 0.20, 95% CI [0.08, 0.37] (percentile bootstrap).",
    ),
  );
  // The term names appear only as code (the model's id), never as prose.
  const prose = text(block(page, "mediation-2").replace(/<code>[^<]*<\/code>/g, ""));
  assert.ok(!prose.includes("gender_male"), "a raw covariate term in the prose");
});

Deno.test("mediation: parallel mediators get one row per effect and a column per interval method", () => {
  const parallel = block(page, "mediation-3");
  const compact = tableOf(parallel, "by mediator");
  const heads = [...compact.matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]);
  assert.deepEqual(heads, ["Effect", "Estimate", "SE", "p", "Percentile", "BC", "BCa"]);
  const rows = tableRows(compact);
  assert.deepEqual(rows.map((r) => r[0]), [
    "Through WAI: Bond",
    "Through WAI: Task",
    "Total indirect effect",
    "WAI: Bond − WAI: Task",
  ]);
  assert.deepEqual(rows[1], [
    "Through WAI: Task",
    "0.10",
    "0.05",
    ".010",
    "[0.02, 0.21]",
    "[0.03, 0.22]",
    "— 1",
  ]); // deno-fmt-ignore
  // The BCa rows are empty for a stated reason, given once as a footnote.
  assert.ok(text(compact).includes("1 BCa needs at least as many resamples as participants."));
  // Every effect under every method stays available, folded.
  assert.match(parallel, /<details><summary>Every effect of <code>parallel<\/code>/);
});

Deno.test("mediation: a plain sentence says which mediator carries the indirect effect", () => {
  const parallel = text(block(page, "mediation-3"));
  assert.ok(
    parallel.includes(
      "The total indirect effect of RPRS on RAS was 0.17 [0.06, 0.30] (95% percentile bootstrap " +
        "CI); its interval excludes zero. The interval of the indirect effect excludes zero " +
        "through WAI: Task (0.10 [0.02, 0.21]) and includes zero through WAI: Bond (0.07 " +
        "[−0.03, 0.19]). No pairwise contrast has an interval that excludes zero: the data do " +
        "not show that one mediator carries more of the effect than another.",
    ),
    parallel,
  );
  const { spec } = chart(
    page,
    "Indirect effects of the model RPRS → WAI: Bond, WAI: Task (parallel) → RAS with their " +
      "95% percentile bootstrap intervals",
  );
  const values = (spec.data as { values: { label: string; low: number; high: number }[] })
    .values;
  assert.deepEqual(values.map((v) => v.label), [
    "Through WAI: Bond",
    "Through WAI: Task",
    "Total indirect effect",
    "WAI: Bond − WAI: Task",
  ]);
  assert.deepEqual([values[1].low, values[1].high], [0.02, 0.21]);
});

Deno.test("mediation: a serial model shows the d path, the chain and the conditional a path", () => {
  const serial = block(page, "mediation-4");
  assert.ok(serial.includes(">d = 0.71***</text>"));
  const rows = tableRows(tableOf(serial, "by mediator"));
  assert.deepEqual(rows.map((r) => r[0]), [
    "Through WAI: Bond only",
    "Through WAI: Bond then WAI: Task",
    "Through WAI: Task only",
    "Total indirect effect",
  ]);
  assert.equal(rows[1].length, 8, "percentile, BC, BCa and delta-method columns");
  assert.ok(serial.includes("a (RPRS → WAI: Task, given WAI: Bond)"));
  assert.ok(serial.includes("d (WAI: Bond → WAI: Task)"));
});

Deno.test("mediation: the alternatives share one table with the main model, under a caution", () => {
  const alternatives = block(page, "mediation-alternatives");
  assert.ok(text(alternatives).includes("Caution: direction. These models use the same"));
  assert.ok(text(alternatives).includes("the data cannot show which ordering is right"));
  const rows = tableRows(tableOf(alternatives, "alternative orderings of its variables"));
  assert.deepEqual(rows, [
    [
      "RPRS → WAI → RAS (paper's model)",
      "0.61***",
      "0.35***",
      "0.50***",
      "0.28*",
      "0.21",
      "[0.08, 0.37]",
    ], // deno-fmt-ignore
    ["WAI → RPRS → RAS", "0.61***", "0.04***", "0.50***", "0.28*", "−0.10", "[0.08, 0.37]"],
    ["RAS → WAI → RPRS", "0.61***", "0.40***", "0.50***", "0.28*", "0.26", "[0.08, 0.37]"],
  ]);
  // The models' note is said once; they get no figures and no hypotheses of their own.
  assert.equal(page.split("An alternative ordering of the same variables").length, 2);
  assert.ok(!page.includes("Path diagram of model <code>wai → rprs → ras</code>"));
  const hypotheses = text(sectionOf(page, "hypotheses"));
  assert.ok(!hypotheses.includes("WAI → RPRS → RAS"));
  assert.ok(hypotheses.includes("The 2 alternative orderings are not a hypothesis of the study"));
});

Deno.test("sensitivity: where the indirect effect vanishes, in words, chart and table", () => {
  const { results } = fixtureInput();
  const s = results.sensitivity[0];
  const section = sectionOf(page, "sensitivity");
  const words = text(section);
  assert.ok(
    words.includes(
      "The indirect effect would be zero if the correlation between the errors of the mediator " +
        `and outcome models were ρ = ${formatNumber(s.rhoAtZero)} (R²*M·R²*Y = .13; ` +
        "R̃²M·R̃²Y = .07).",
    ),
    words,
  );
  assert.equal(formatNumber(s.rhoAtZero), "0.36");
  assert.ok(words.includes("explained 36% of the residual variance of each"));
  // The ρ range where the band covers zero, read from the rows here independently.
  const covering = s.rows.filter((r) => r.confLow <= 0 && r.confHigh >= 0).map((r) => r.rho);
  assert.ok(
    words.includes(
      `includes zero for ρ from ${formatNumber(covering[0])} to ${formatNumber(covering.at(-1)!)}`,
    ),
  );
  assert.ok(words.includes(`Computation. ${s.note}`));
  assert.ok(words.includes("Imai, Keele and Yamamoto (2010)"));

  const { html, spec } = chart(
    section,
    "Indirect effect through WAI as a function of the error correlation ρ",
  );
  const layers = spec.layer as Layer[];
  assert.deepEqual(layers.map((l) => l.mark.type), ["area", "line", "rule", "rule", "text"]);
  assert.ok("y2" in layers[0].encoding!, "the band has a lower and an upper edge");
  assert.deepEqual(layers[2].data, { values: [{ zero: 0 }] });
  const at = (layers[3].data as { values: { rho: number }[] }).values[0].rho;
  assert.ok(Math.abs(at - s.rhoAtZero!) < 1e-6, "vertical rule at rhoAtZero");
  assert.equal((spec.data as { values: unknown[] }).values.length, s.rows.length);
  // The chart's data table holds every row the chart draws.
  const data = html.slice(html.indexOf('class="table data"'));
  assert.equal(tableRows(data).length, s.rows.length);
  // The visible table: every tenth of ρ.
  const short = tableRows(tableOf(section, "at selected values of ρ"));
  assert.equal(short.length, 19);
  assert.deepEqual([short[0][0], short[9][0], short[18][0]], ["−0.90", "0.00", "0.90"]);
});

Deno.test("power: the method, the power at the study's n, and a curve with its error bars", () => {
  const { results } = fixtureInput();
  const power = results.power!;
  const section = sectionOf(page, "power");
  const words = text(section);
  assert.ok(
    words.includes(
      "(the joint-significance test, a fast stand-in for the 95% percentile bootstrap",
    ),
  ); // deno-fmt-ignore
  assert.ok(words.includes("for each sample size N, 500 studies were simulated"));
  assert.ok(words.includes("(a = .46, b = .40, c′ = .24)"));
  // .798 must not print as .80 next to "the smallest N with power of at least .80".
  assert.ok(words.includes("At this study's n = 72, power was .798 (Monte Carlo SE .018)."));
  assert.ok(words.includes("N = 100 is the smallest with power of at least .80 (.892)."));
  assert.ok(words.includes("deno task power computes power for any design"));

  const { html, spec } = chart(section, "Power to detect the indirect effect, by sample size");
  const layers = spec.layer as Layer[];
  assert.deepEqual(layers[0].data, { values: [{ target: 0.8 }] });
  assert.ok(layers.some((l) => l.mark.type === "rule" && "y2" in (l.encoding ?? {})));
  const mark = layers.find((l) => l.mark.type === "text")!;
  assert.deepEqual(mark.data, { values: [{ n: 72, label: "this study, n = 72" }] });
  const points = (spec.data as { values: { n: number; low: number; high: number }[] }).values;
  assert.deepEqual(points.map((p) => p.n), power.points.map((p) => p.n));
  for (const [k, p] of power.points.entries()) {
    assert.ok(Math.abs(points[k].low - (p.power - 1.96 * p.stdError)) < 1e-5, `low ${p.n}`);
    assert.ok(Math.abs(points[k].high - Math.min(1, p.power + 1.96 * p.stdError)) < 1e-5);
  }
  assert.equal(tableRows(html.slice(html.indexOf('class="table data"'))).length, 7);
});

Deno.test("sensitivity and power say so when the results have none", async () => {
  const input = fixtureInput();
  input.results.sensitivity = [];
  input.results.power = null;
  const bare = await renderReport(input);
  assert.ok(
    text(sectionOf(bare, "sensitivity")).includes("No sensitivity analysis in the results"),
  );
  assert.ok(text(sectionOf(bare, "power")).includes("No power curve in the results"));
  assert.ok(text(sectionOf(bare, "power")).includes("deno task power"));
  assert.ok(!text(sectionOf(bare, "methods")).includes("Imai"));
});

Deno.test("regressions: which models are covariate-adjusted, and for which covariates", () => {
  const section = sectionOf(page, "regressions");
  assert.ok(
    text(section).includes(
      "2 models are unadjusted; 1 is adjusted for the covariates Age (years) and Gender: male " +
        "(vs female) (marked adjusted below).",
    ),
  );
  const tagged = [
    ...section.matchAll(
      /<h3 id="[^"]+">Model <code>([^<]*)<\/code>[^<]*<span class="tag">adjusted<\/span>/g,
    ),
  ] // deno-fmt-ignore
    .map((m) => m[1]);
  assert.deepEqual(tagged, ["b_path_adjusted"]);
  assert.ok(text(block(section, "regression-3")).includes("Adjusted for Age (years) and Gender"));
});

Deno.test("methods: adjustment, alternatives, sensitivity and power, with their references", () => {
  const methods = text(sectionOf(page, "methods"));
  for (
    const phrase of [
      "Covariate adjustment: a model marked adjusted",
      "Alternative orderings: the paper's variables are also fitted in the orders WAI → RPRS → " +
      "RAS and RAS → WAI → RPRS",
      "cannot establish the direction of the effects",
      "Sensitivity to unmeasured confounding (Imai, Keele & Yamamoto, 2010)",
      "Imai, K., Keele, L., & Yamamoto, T. (2010). Identification, inference and sensitivity " +
      "analysis for causal mediation effects. Statistical Science, 25(1), 51–71.",
      "Power: Monte Carlo simulation of 500 studies per sample size N (36, 54, 72, 100, 150, " +
      "200, 300)",
      "Fritz, M. S., & MacKinnon, D. P. (2007).",
      "Main model (the paper's) main",
      "Alternative ordering wai → rprs → ras",
    ]
  ) {
    assert.ok(methods.includes(phrase), phrase);
  }
});

Deno.test("keyEstimates also keeps the ρ of the sensitivity analysis and the power per N", () => {
  const { results } = fixtureInput();
  const keys = keyEstimates(results);
  assert.equal(keys["sensitivity main: rho at ACME = 0"], results.sensitivity[0].rhoAtZero);
  assert.equal(keys["power main: n = 72"], results.power!.points[2].power);
});

Deno.test("page size: specs keep plain quotes and six significant digits; SVGs carry no vega classes", () => {
  const specs = [...page.matchAll(/<pre class="spec"><code>([\s\S]*?)<\/code><\/pre>/g)]
    .map((m) => m[1]);
  assert.ok(specs.length > 10);
  for (const spec of specs) {
    assert.ok(!spec.includes("&quot;") && spec.includes('"$schema"'));
    for (const n of spec.matchAll(/(?<=[:\[,])-?\d+\.\d+(e-?\d+)?(?=[,}\]])/g)) {
      const digits = n[0].replace(/^-?0\.0*|e.*$|[-.]/g, "");
      assert.ok(digits.length <= 6, n[0]);
    }
  }
  for (const svg of page.match(/<svg role="img"[\s\S]*?<\/svg>/g)!) {
    const inner = svg.slice(svg.indexOf(">") + 1);
    if (svg.includes("path-diagram")) continue;
    assert.ok(!/\s(class|aria-roledescription|pointer-events)="/.test(inner));
  }
});
