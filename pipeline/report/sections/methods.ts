/**
 * Methods, written from the study definition and the run's settings: instruments with
 * citations, scoring, cleaning rules, tests and the definition of every interval shown.
 * @module
 */
import { formatCount, formatLevel, formatNumber } from "../apa.ts";
import type { ReportContext } from "../context.ts";
import { METHOD_DEFINITIONS } from "../effects.ts";
import { join, markup, type SafeHtml } from "../html.ts";
import type { Instrument } from "../../study/types.ts";
import { modelPath } from "./mediation_parts.ts";
import { FRITZ_2007 } from "./power.ts";
import { section, type SectionHead } from "./section.ts";
import { IMAI_2010 } from "./sensitivity.ts";

/** The section's id and heading. */
export const METHODS: SectionHead = { id: "methods", title: "Methods" };

function _list(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function _share(share: number): string {
  return `${Number((share * 100).toFixed(4))}%`;
}

function _instrument(ctx: ReportContext, instrument: Instrument): SafeHtml {
  const { min, max } = instrument.responseRange;
  const reversed = instrument.reverse.length === 0
    ? "No item is reverse-keyed."
    : `Reverse-keyed items (scored as ${min + max} − x): ${instrument.reverse.join(", ")}.`;
  const subscales = instrument.subscales.map((s) =>
    markup`<li>${s.label} (<code>${s.id}</code>; ${s.items.length} items: ${s.items.join(", ")})${
      s.description ? markup`. ${s.description}` : ""
    }</li>`
  );
  return markup`
    <li><p><strong>${instrument.label}</strong> (${ctx.labels.name(instrument.id)}).
    ${
    instrument.citation
      ? markup`<span class="citation">${instrument.citation}</span>`
      : "No citation given."
  }
    ${instrument.items.length} items answered on a ${min}–${max} scale. ${reversed}
    ${
    instrument.description ? markup`<br><span class="muted">${instrument.description}</span>` : ""
  }</p>
    ${
    subscales.length
      ? markup`
        <p>Subscales:</p>
        <ul>${subscales}</ul>
      `
      : ""
  }</li>
  `;
}

function _scoring(ctx: ReportContext): SafeHtml {
  const shares = [...new Set(ctx.input.study.instruments.map((i) => i.minAnsweredShare))];
  const rule = shares.length === 1
    ? `at least ${_share(shares[0])} of its items`
    : _list(ctx.input.study.instruments.map((i) =>
      `${_share(i.minAnsweredShare)} for ${ctx.labels.name(i.id)}`
    )) + " of the items";
  return markup`<p>Each scale and subscale score is the mean of the participant's answered items
(after reverse-keying). A score is computed when ${rule} are answered, and is missing otherwise.</p>`;
}

function _cleaning(ctx: ReportContext): SafeHtml {
  const { study } = ctx.input;
  const model = [study.model.x, ...study.model.m, study.model.y].map((s) => ctx.labels.name(s));
  return markup`
    <ol>
      <li>Rows with an empty participant id (<code>${study.idColumn}</code>) are excluded
    (<code>missing-id</code>). Blank lines are skipped and logged.</li>
      <li>Duplicated ids (rule <code>${study.analysis.duplicates}</code>): exact copies of an earlier row
    are excluded (<code>duplicate-identical</code>); when copies disagree, every copy is excluded
    (<code>duplicate-conflicting</code>).</li>
      <li>Cells equal to a missing code (${
    join(
      study.missingCodes.map((c) => markup`<code>${c}</code>`),
      ", ",
    )
  }) or empty are missing. Item answers that are not numbers, not integers or outside the
    instrument's response range become missing (<code>non-numeric</code>, <code>non-integer</code>,
    <code>out-of-range</code>); numbers written in another form (e.g. <code>03</code>) are normalised.
    Numeric demographics outside their plausible range and categories outside the defined levels
    become missing.</li>
      <li>Participants who do not meet the answered-item rule on every scale of the model
    (${_list(model)}) are excluded (<code>insufficient-items:&lt;scale&gt;</code>).</li>
    </ol>
    <p>Every change and exclusion is recorded in the audit log (see Sample).</p>
  `;
}

function _analysis(ctx: ReportContext): SafeHtml {
  const { results } = ctx.input;
  const level = formatLevel(results.settings.confLevel);
  const hcTypes = [...new Set(results.regressions.map((r) => r.hcType).filter((t) => t !== null))];
  // Covariates are listed once, under "Covariate adjustment".
  const models = results.regressions.map((r) => {
    const own = r.adjusted ? r.predictors.filter((p) => ctx.scales.has(p)) : r.predictors;
    return markup`<li><code>${r.model}</code>: ${ctx.labels.name(r.outcome)} on ${
      _list(own.map((p) => ctx.labels.name(p))) || "an intercept only"
    }${r.adjusted ? ", adjusted for the covariates" : ""}</li>`;
  });
  const mediation = results.mediation.map((m) => {
    const name = ctx.labels.name;
    const role = _ROLE[m.role] ?? m.role;
    const kind = m.m.length < 2 ? "" : m.serial ? " (in series)" : " (in parallel)";
    const adjust = m.covariates.length ? ", every equation adjusted for the covariates" : "";
    const failed = m.resamplesFailed
      ? `, ${formatCount(m.resamplesFailed)} degenerate resamples dropped`
      : "";
    const monteCarlo = m.effects.some((e) => e.method === "monte carlo")
      ? `; ${formatCount(m.monteCarloDraws)} Monte Carlo draws (seed ${m.monteCarloSeed})`
      : "";
    const se = m.seType === "ml"
      ? "maximum-likelihood standard errors and z tests for the paths"
      : "OLS standard errors and t tests for the paths";
    return markup`<li>${role} <code>${m.model}</code>: X = ${name(m.x)}, M = ${
      _list(m.m.map((v) => name(v)))
    }${kind}, Y = ${name(m.y)}${adjust}; listwise complete cases (n = ${formatCount(m.nobs)}); ${
      formatCount(m.resamples)
    } bootstrap resamples (seed ${m.seed}${failed})${monteCarlo}; ${se}.</li>`;
  });
  return markup`
    <ul>
      <li>Descriptive statistics: mean, standard deviation (n − 1 denominator), observed range,
    skewness and excess kurtosis (type 3, as R's psych::describe).</li>
      <li>Reliability: Cronbach's α from the item covariance matrix over participants who answered every
    item of the scale, with Feldt's (1965) ${level} confidence interval.</li>
      <li>Correlations: Pearson r over pairwise complete cases, tested with t on n − 2 degrees of
    freedom; ${level} intervals by Fisher's z transformation; p values also Holm-adjusted over all pairs
    of the table.</li>
      ${_adjusted(ctx)}
      <li>Regressions: ordinary least squares with t tests and t intervals on the residual degrees of
    freedom; standardized coefficients β = B · SD(x) / SD(y);${
    hcTypes.length ? ` heteroscedasticity-consistent (${hcTypes.join(", ")}) standard errors;` : ""
  } variance inflation factors; Koenker's studentized Breusch–Pagan test and the Shapiro–Wilk
    test of the residuals.${models.length ? markup`<ul>${models}</ul>` : ""}</li>
      <li>Mediation: a is the effect of X on M; b the effect of M on Y adjusting for X; c the total and
    c′ the direct effect of X on Y; the indirect effect is ab = a · b. With several mediators, each
    has its own a and b; the specific indirect effects are aᵢbᵢ, the total indirect effect their sum,
    and the contrasts their pairwise differences (in series, X → M1 → M2 → Y also has the path d from
    M1 to M2 and the indirect effect a₁·d·b₂).${
    mediation.length ? markup`<ul>${mediation}</ul>` : ""
  }</li>
      ${_alternatives(ctx)}
      ${_sensitivity(ctx)}
      ${_power(ctx)}
    </ul>
    <p>Settings: confidence level ${level}; ${formatCount(results.settings.resamples)} bootstrap
    resamples; seed ${results.settings.seed} of the MT19937 generator (the only source of randomness).
    Computed with Deno ${ctx.input.manifest.denoVersion}.</p>
  `;
}

/** How each mediation model is introduced in the list of models. */
const _ROLE: Record<string, string> = {
  main: "Main model (the paper's)",
  adjusted: "Covariate-adjusted model",
  additional: "Additional model",
  alternative: "Alternative ordering",
};

function _adjusted(ctx: ReportContext): SafeHtml {
  const { results, study } = ctx.input;
  const models = [...results.regressions, ...results.mediation].filter((m) => m.adjusted);
  if (models.length === 0) return markup``;
  const name = ctx.labels.name;
  const terms = [
    ...new Set([
      ...results.mediation.filter((m) => m.adjusted).flatMap((m) => m.covariates),
      ...results.regressions.filter((r) => r.adjusted).flatMap((r) =>
        ctx.covariatesOf(r.predictors)
      ),
    ]),
  ];
  const declared = study.model.covariates.map((c) => name(c));
  return markup`<li>Covariate adjustment: a model marked adjusted (below and in the results) adds the study's covariates
    (${_list(declared)}) as predictors to every equation; categorical covariates enter as dummy
    variables against their first level (terms: ${_list(terms.map((t) => name(t)))}). The
    unadjusted models are the paper's; the adjusted ones show whether the estimates depend on these
    demographics. Participants missing a covariate are left out of the adjusted models only.</li>`;
}

function _alternatives(ctx: ReportContext): SafeHtml {
  const alternatives = ctx.input.results.mediation.filter((m) => m.role === "alternative");
  if (alternatives.length === 0) return markup``;
  return markup`<li>Alternative orderings: the paper's variables are also fitted in the orders
    ${_list(alternatives.map((m) => modelPath(m, ctx.labels.name)))}, because reviewers ask for
    them. With cross-sectional data these models cannot establish the direction of the effects:
    every ordering describes the same correlations, and similar indirect effects are expected. They
    are reported for comparison, not as tests of direction.</li>`;
}

function _sensitivity(ctx: ReportContext): SafeHtml {
  const list = ctx.input.results.sensitivity ?? [];
  if (list.length === 0) return markup``;
  const s = list[0];
  return markup`<li>Sensitivity to unmeasured confounding (Imai, Keele &amp; Yamamoto, 2010):
    for the linear models M ~ X + C and Y ~ X + M + C of <code>${s.model}</code>, the average causal
    mediation effect is recomputed as a function of ρ, the correlation between the errors of the two
    models (ρ = 0 is the no-confounding assumption the indirect effect rests on), on a grid of step
    ${formatNumber(s.rhoStep)}: ACME(ρ) = a · (b − ρ/√(1 − ρ²) · √(RSS_Y / RSS_M)), with the
    normal ${formatLevel(s.confLevel)} interval of R's <code>mediation::medsens</code>. The ρ at
    which ACME(ρ) = 0 is the correlation of the residuals of M ~ X + C and Y ~ X + C; R²*M·R²*Y = ρ²
    is the product of the shares of the two residual variances an unmeasured confounder would have
    to explain, R̃²M·R̃²Y the same as shares of the total variances.
    Reference: <span class="citation">${IMAI_2010}</span></li>`;
}

function _power(ctx: ReportContext): SafeHtml {
  const power = ctx.input.results.power ?? null;
  if (power === null) return markup``;
  return markup`<li>Power: Monte Carlo simulation of ${formatCount(power.studies)} studies per
    sample size N (${power.points.map((p) => formatCount(p.n)).join(", ")}) from a standardized
    model with the observed standardized paths of <code>${power.model}</code> (X, M and Y normal
    with variance 1); the indirect effect counts as detected when a and b are both significant
    (joint-significance test), a fast stand-in for the percentile bootstrap with nearly the same
    power (Fritz &amp; MacKinnon, 2007). Power is the share of studies that detect it; its Monte
    Carlo standard error is √(p(1 − p)/studies). Seed ${ctx.input.results.settings.seed}.
    Reference: <span class="citation">${FRITZ_2007}</span></li>`;
}

function _intervals(ctx: ReportContext): SafeHtml {
  const used = new Set(ctx.input.results.mediation.flatMap((m) => m.effects.map((e) => e.method)));
  const fixed = [
    ["Regression coefficients", "estimate ± t(1 − α/2; n − p) × SE."],
    [
      "Pearson r",
      "tanh(atanh(r) ± z(1 − α/2) / √(n − 3)) (Fisher's z, as R's cor.test).",
    ],
    [
      "Cronbach's α",
      "Feldt (1965): 1 − (1 − α)·F, F the F(n − 1, (n − 1)(k − 1)) " +
      "quantiles at 1 − α/2 and α/2 (as psych::alpha).",
    ],
  ];
  const known = Object.keys(METHOD_DEFINITIONS);
  const order = [
    ...known.filter((m) => used.has(m)),
    ...[...used].filter((m) => !known.includes(m)).sort(),
  ];
  const methods = order.map((method) => {
    const d = METHOD_DEFINITIONS[method];
    return markup`<dt>${
      d ? d.name : method
    } <span class="muted">(method <code>${method}</code>)</span></dt>
<dd>${d ? d.definition : "No definition is on record for this method label."}</dd>`;
  });
  return markup`<p>Every interval is a two-sided ${
    formatLevel(ctx.input.results.settings.confLevel)
  } interval (α = 1 − confidence level).</p>
<dl class="definitions">
${fixed.map(([name, def]) => markup`<dt>${name}</dt><dd>${def}</dd>\n`)}${join(methods, "\n")}
</dl>`;
}

/** The methods section. */
export function methodsSection(ctx: ReportContext): SafeHtml {
  return section(
    METHODS,
    markup`<h3>Measures</h3>
<ul class="instruments">${ctx.input.study.instruments.map((i) => _instrument(ctx, i))}</ul>
<h3>Scoring</h3>
${_scoring(ctx)}
<h3>Data cleaning</h3>
${_cleaning(ctx)}
<h3>Statistical analysis</h3>
${_analysis(ctx)}
<h3>Confidence intervals</h3>
${_intervals(ctx)}`,
  );
}
