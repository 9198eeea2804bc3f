/**
 * The results contract: what `results.json` holds (other tools read it; keep the
 * names), and what the report needs beyond it. Broom's vocabulary in camelCase; `null`
 * where a value does not apply, never a missing key, never NaN or Infinity.
 * @module
 */
import type { AuditEntry, ParticipantFlow } from "../clean/types.ts";
import type { ChiSquareTest } from "../regress/breusch_pagan.ts";
import type { ShapiroWilkResult } from "../regress/shapiro_wilk.ts";
import type { RegressionResult } from "../regress/types.ts";
import type { ScaleSummary } from "../score/types.ts";
import type { CorrelationRow } from "../correlate/mod.ts";
import type { EffectRow, MediationResult } from "../mediate/types.ts";
import type { SensitivityResult } from "../sensitivity/types.ts";
export type { EffectRow };
export type { CorrelationRow };

/**
 * One regression model as stored in results.json: `regress()`'s result without the
 * per-row diagnostics (those feed the figures), with its residual tests lifted up.
 */
export type RegressionSummary = Omit<RegressionResult, "diagnostics" | "rowsUsed"> & {
  /** True when the model includes the study's covariates. */
  adjusted: boolean;
  breuschPagan: ChiSquareTest | null;
  shapiroWilk: ShapiroWilkResult | null;
};

/** One mediation model as stored in results.json: `mediate()`'s result without the draws. */
export type MediationSummary = Omit<MediationResult, "draws"> & {
  /** Name of the model, e.g. "rprs → wai → ras". */
  model: string;
  /** Why it is reported: the paper's model, its covariate-adjusted version, a model the
   * study declares in addition, or an alternative ordering reviewers ask for. */
  role: "main" | "adjusted" | "additional" | "alternative";
  /** True when the model includes the study's covariates. */
  adjusted: boolean;
  /** Model-level remarks in words (e.g. dropped resamples); empty when none. */
  notes: string[];
};

/** Sensitivity of the main model's indirect effect to mediator–outcome confounding. */
export type SensitivitySummary = SensitivityResult & { model: string };

/** Simulated power over N for the main model's observed standardized paths. */
export interface PowerCurveSummary {
  model: string;
  method: "joint-significance";
  studies: number;
  /** Standardized paths used (β of M ~ X; Y ~ X + M). */
  a: number;
  b: number;
  cPrime: number;
  points: { n: number; power: number; stdError: number }[];
}

/** The whole of results.json. */
export interface Results {
  schemaVersion: 1;
  /** True when the data are synthetic: every rendering says so. */
  synthetic: boolean;
  study: { id: string; title: string; description: string | null };
  settings: { confLevel: number; resamples: number; seed: number };
  sample: { nRaw: number; nAnalysed: number; nExcluded: number } & {
    excludedByReason: ParticipantFlow["excludedByReason"];
    blankLines: number;
  };
  scales: ScaleSummary[];
  correlations: CorrelationRow[];
  regressions: RegressionSummary[];
  mediation: MediationSummary[];
  /** One entry for the main model when it has one mediator; empty otherwise. */
  sensitivity: SensitivitySummary[];
  /** Null when the main model has several mediators or its paths cannot be simulated. */
  power: PowerCurveSummary | null;
}

/** Data for figures that results.json does not hold (kept out of it on purpose). */
export interface FigureData {
  /** Scale scores of the analysed participants, by scale id (NaN = not scored). */
  scores: Record<string, number[]>;
  ids: string[];
  /** Per regression model: fitted values, residuals and studentized residuals. */
  residuals: Record<
    string,
    { fitted: number[]; residuals: number[]; studentized: (number | null)[] }
  >;
  /** Per mediation model: the bootstrap draws of the (total) indirect effect. */
  indirectDraws: Record<string, number[]>;
  audit: AuditEntry[];
}
