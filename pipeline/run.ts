/**
 * The whole analysis as one function of its inputs: study definition + data bytes +
 * options → plain results; and those results → the files of a version folder. The
 * command line and the notebooks both call these; nothing here touches the disk.
 * @module
 */
import { plannedMediations, plannedRegressions } from "./analysis_models.ts";
import { clean } from "./clean/clean.ts";
import type { CleanData } from "./clean/types.ts";
import { correlate } from "./correlate/mod.ts";
import { ingest, type RawData } from "./ingest/ingest.ts";
import { mediate } from "./mediate/mod.ts";
import type { ProgressBar } from "./progress/mod.ts";
import { powerCurve } from "./power/mod.ts";
import { mediationSensitivity } from "./sensitivity/mod.ts";
import { regress } from "./regress/mod.ts";
import type { RegressionResult } from "./regress/types.ts";
import type {
  FigureData,
  PowerCurveSummary,
  RegressionSummary,
  Results,
  SensitivitySummary,
} from "./results/types.ts";
import { describeScales, reverseKey, scoreScales } from "./score/mod.ts";
import type { ScaleScores } from "./score/types.ts";
import { covariateTerms, type Term } from "./study/design.ts";
import type { Study } from "./study/types.ts";

/** Options that override the study's analysis settings. */
export interface RunOptions {
  seed?: number;
  resamples?: number;
  /**
   * Makes a progress display for a long step (the command line passes pipeline/progress's
   * `progressBar`, which draws only on a terminal); default none.
   */
  progress?: ((label: string) => ProgressBar) | null;
}

/** Everything one run computes: the results contract plus what outputs and figures need. */
export interface Analysis {
  study: Study;
  raw: RawData;
  data: CleanData;
  /** Items as analysed (reverse-keyed). */
  items: Record<string, Float64Array>;
  scores: ScaleScores;
  /** Covariate model terms (dummy-coded), in model order. */
  covariates: Term[];
  results: Results;
  figures: FigureData;
}

/** Runs every stage on `dataBytes` (the study's data file). */
export async function analyse(
  study: Study,
  dataBytes: Uint8Array,
  options: RunOptions = {},
): Promise<Analysis> {
  const settings = {
    confLevel: study.analysis.confLevel,
    resamples: options.resamples ?? study.analysis.resamples,
    seed: options.seed ?? study.analysis.seed,
  };
  const raw = await ingest(dataBytes, study, study.data);
  const data = clean(raw, study);
  const items = reverseKey(data, study);
  const scores = scoreScales(data, study);
  const scales = describeScales(scores, items, { confLevel: settings.confLevel });
  const covariates = covariateTerms(data, study, study.model.covariates);
  const columns: Record<string, Float64Array> = {};
  for (const scale of scores.scales) columns[scale.scale] = scale.values;
  for (const term of covariates) columns[term.name] = term.values;

  const correlations = correlate(
    [
      ...scores.scales.map((s) => ({ name: s.scale, values: s.values })),
      ...Object.entries(data.numeric).map(([name, values]) => ({ name, values })),
    ],
    { confLevel: settings.confLevel },
  );
  const fits = plannedRegressions(study.model, covariates.map((t) => t.name)).map((plan) => ({
    plan,
    fit: regress(columns, plan, { confLevel: settings.confLevel, hc: study.analysis.hc }),
  }));

  const mediations = plannedMediations(study.model, covariates.map((t) => t.name)).map((plan) => {
    const bar = options.progress?.(`bootstrap ${plan.model}`) ?? null;
    try {
      const fit = mediate(columns, plan, {
        confLevel: settings.confLevel,
        resamples: settings.resamples,
        seed: settings.seed,
        hc: study.analysis.mediationHc,
        progress: bar,
      });
      return { plan, fit };
    } finally {
      bar?.finish();
    }
  });
  const sensitivity = _sensitivity(study, columns, settings.confLevel);
  const power = _powerCurve(fits.map(({ fit }) => fit), study, data.flow.nAnalysed, settings);

  const results: Results = {
    schemaVersion: 1,
    synthetic: study.synthetic,
    study: { id: study.id, title: study.title, description: study.description },
    settings,
    sample: {
      nRaw: data.flow.nRead,
      nAnalysed: data.flow.nAnalysed,
      nExcluded: data.flow.nExcluded,
      excludedByReason: data.flow.excludedByReason,
      blankLines: data.flow.blankLines,
    },
    scales,
    correlations,
    regressions: fits.map(({ plan, fit }) => _summary(fit, plan.adjusted)),
    sensitivity,
    power,
    mediation: mediations.map(({ plan, fit }) => {
      const { draws: _draws, ...rest } = fit;
      const notes = fit.resamplesFailed === 0 ? [] : [
        `${fit.resamplesFailed} of ${fit.resamples} bootstrap resamples could not be estimated ` +
        `(a degenerate resample) and were dropped; intervals use the other ${fit.resamplesUsed}.`,
      ];
      if (plan.role === "alternative") {
        notes.push(
          "An alternative ordering of the same variables, shown because reviewers ask for it: " +
            "with cross-sectional data, a mediation model cannot establish the direction of " +
            "effects, and a similar indirect effect in another ordering is expected.",
        );
      }
      return { model: plan.model, role: plan.role, adjusted: plan.adjusted, ...rest, notes };
    }),
  };
  // Charts of very large samples show a systematic sample of points (every k-th
  // participant): an SVG of a million points helps nobody. Statistics use every row.
  const sample = <T>(values: ArrayLike<T>): T[] => _systematicSample(values, MAX_FIGURE_POINTS);
  const figures: FigureData = {
    ids: sample(data.ids),
    scores: Object.fromEntries(scores.scales.map((s) => [s.scale, sample(s.values)])),
    residuals: Object.fromEntries(fits.map(({ fit }) => [fit.model, {
      fitted: sample(fit.diagnostics.fitted),
      residuals: sample(fit.diagnostics.residuals),
      studentized: sample(fit.diagnostics.studentizedResiduals),
    }])),
    indirectDraws: Object.fromEntries(
      mediations.map(({ plan, fit }) => [plan.model, Array.from(fit.draws.indirect)]),
    ),
    audit: data.audit,
  };
  return { study, raw, data, items, scores, covariates, results, figures };
}

/** Most points a chart of participants shows. */
export const MAX_FIGURE_POINTS = 5000;

/** Every k-th value (k = ceil(n / max)), so that at most `max` remain; all when n ≤ max. */
function _systematicSample<T>(values: ArrayLike<T>, max: number): T[] {
  const step = Math.max(1, Math.ceil(values.length / max));
  const out: T[] = [];
  for (let i = 0; i < values.length; i += step) out.push(values[i]);
  return out;
}

/** Sensitivity to mediator–outcome confounding for the main model (one mediator). */
function _sensitivity(
  study: Study,
  columns: Record<string, Float64Array>,
  confLevel: number,
): SensitivitySummary[] {
  const { x, m, y } = study.model;
  if (m.length !== 1) return [];
  const result = mediationSensitivity(columns, { x, m: m[0], y, covariates: [] }, { confLevel });
  return [{ model: `${x} → ${m[0]} → ${y}`, ...result }];
}

/** Sample sizes of the power curve: around the study's n, and larger designs. */
export const POWER_CURVE_NS = [36, 54, 100, 150, 200, 300] as const;

/**
 * Power over N for the study's observed standardized paths (β of M ~ X and Y ~ X + M),
 * by simulation with the joint-significance test — a fast stand-in for the percentile
 * bootstrap, with nearly the same power (Fritz & MacKinnon, 2007).
 */
function _powerCurve(
  fits: RegressionResult[],
  study: Study,
  n: number,
  settings: Results["settings"],
): PowerCurveSummary | null {
  const { x, m, y } = study.model;
  if (m.length !== 1) return null;
  const beta = (outcome: string, predictors: string[], term: string) =>
    fits.find((f) => f.outcome === outcome && f.predictors.join() === predictors.join())
      ?.terms.find((t) => t.term === term)?.standardized ?? null;
  const a = beta(m[0], [x], x), b = beta(y, [x, m[0]], m[0]), cPrime = beta(y, [x, m[0]], x);
  if (a === null || b === null || cPrime === null) return null;
  // The study's own n joins the curve unless it is large (power is then 1 anyway, and
  // simulating studies of that size would dominate the run).
  const ns = [...new Set([...POWER_CURVE_NS, ...(n <= 1000 ? [n] : [])])].sort((p, q) => p - q);
  const studies = 500;
  try {
    const curve = powerCurve({
      a,
      b,
      cPrime,
      ns,
      method: "joint-significance",
      studies,
      confLevel: settings.confLevel,
      seed: settings.seed,
      nullSimulations: false,
    });
    return {
      model: `${x} → ${m[0]} → ${y}`,
      method: "joint-significance",
      studies,
      a,
      b,
      cPrime,
      points: curve.map((r) => ({
        n: r.n,
        power: r.power.estimate,
        stdError: r.power.stdError,
      })),
    };
  } catch {
    // Paths outside the simulator's range (|β| ≥ 1 or an impossible model): no curve.
    return null;
  }
}

function _summary(fit: RegressionResult, adjusted: boolean): RegressionSummary {
  const { diagnostics, rowsUsed: _rowsUsed, ...rest } = fit;
  return {
    ...rest,
    adjusted,
    breuschPagan: diagnostics.breuschPagan,
    shapiroWilk: diagnostics.shapiroWilk,
  };
}
