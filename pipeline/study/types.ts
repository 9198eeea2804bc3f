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

/** The mediation model: ids of scales (instrument or subscale ids) and covariate columns. */
export interface Model {
  x: string;
  m: string[];
  y: string;
  /** Demographic columns adjusted for in the covariate-adjusted models. */
  covariates: string[];
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
