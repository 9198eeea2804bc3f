/**
 * The study definition: what a `study.json` file describes, after validation and with
 * defaults filled in. The file format is documented by `data/study.schema.json`.
 * @module
 */

/** An inclusive range of allowed values. */
export interface ValueRange {
  min: number;
  max: number;
}

/** A subscale: a subset of an instrument's items, scored like the instrument. */
export interface Subscale {
  id: string;
  label: string;
  items: string[];
  description: string | null;
}

/** A multi-item instrument (questionnaire). */
export interface Instrument {
  id: string;
  label: string;
  citation: string | null;
  description: string | null;
  /** Item column names, in questionnaire order. */
  items: string[];
  /** Allowed responses; reversed items become `min + max - x`. */
  responseRange: ValueRange;
  /** Reverse-keyed items (a subset of `items`). */
  reverse: string[];
  /** Scoring rule. Only "mean" (mean of answered items) is defined. */
  scoring: "mean";
  /** Share of a (sub)scale's items that must be answered to score it; default 0.8. */
  minAnsweredShare: number;
  subscales: Subscale[];
}

/** A demographic column: numeric (with an optional plausible range) or categorical. */
export type Demographic =
  | {
    column: string;
    label: string;
    type: "numeric";
    range: ValueRange | null;
    description: string | null;
  }
  | {
    column: string;
    label: string;
    type: "categorical";
    /** Allowed levels; the first is the reference level of dummy coding. */
    levels: string[];
    description: string | null;
  };

/** A further mediation model the study declares (e.g. parallel subscale mediators). */
export interface AdditionalModel {
  id: string;
  label: string;
  x: string;
  m: string[];
  y: string;
  /** Two mediators in causal order X → M1 → M2 → Y (PROCESS model 6); default false. */
  serial: boolean;
  /** Whether the study's covariates enter this model; default false. */
  adjusted: boolean;
}

/** The mediation model: ids of scales (instrument or subscale ids) and covariate columns. */
export interface Model {
  x: string;
  m: string[];
  y: string;
  /** Demographic columns adjusted for in the covariate-adjusted models. */
  covariates: string[];
  /** Further mediation models, reported beside the main one; default none. */
  additional: AdditionalModel[];
  /**
   * Also fit the alternative orderings reviewers ask for (M → X → Y and Y → M → X, with one
   * mediator), reported with a caution that cross-sectional data cannot establish
   * direction; default true.
   */
  alternatives: boolean;
}

/** How duplicated participant ids are resolved (see pipeline/clean). */
export type DuplicateRule = "keep-first-identical";

/** Analysis options. */
export interface AnalysisOptions {
  /** Confidence level of every interval; default 0.95. */
  confLevel: number;
  /** Bootstrap resamples; default 10,000. */
  resamples: number;
  /** Seed of the MT19937 generator; default 20140801. */
  seed: number;
  duplicates: DuplicateRule;
  /** Heteroscedasticity-consistent SEs shown beside the classical ones; default "HC3". */
  hc: "HC0" | "HC1" | "HC2" | "HC3" | "HC4";
  /**
   * HC standard errors for the mediation paths and the Sobel test (PROCESS's `hc=`);
   * default null: classical `lm()` standard errors, as PROCESS by default. Bootstrap
   * intervals never use them.
   */
  mediationHc: "HC0" | "HC1" | "HC2" | "HC3" | "HC4" | null;
}

/** A validated study definition. */
export interface Study {
  schemaVersion: 1;
  id: string;
  title: string;
  description: string | null;
  /** True when the data are synthetic: every output says so. */
  synthetic: boolean;
  /** Data file path, resolved against the study file's folder. */
  data: string;
  idColumn: string;
  /** Cell texts that mean "missing" (compared after trimming). Empty cells are always missing. */
  missingCodes: string[];
  instruments: Instrument[];
  demographics: Demographic[];
  model: Model;
  analysis: AnalysisOptions;
  /** Path of the study file itself (for messages). */
  file: string;
}
