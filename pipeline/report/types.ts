/**
 * Input of {@link renderReport}: the results contract, the figure data, the study
 * definition, and what the version folder knows about itself.
 * @module
 */
import type { FigureData, Results } from "../results/types.ts";
import type { Study } from "../study/types.ts";

/** One input file of the run and its SHA-256 (hex). */
export interface ManifestFile {
  path: string;
  sha256: string;
}

/** Provenance of the run, shown as is. */
export interface ReportManifest {
  files: ManifestFile[];
  denoVersion: string;
  lockfileSha256: string;
  /** The run's options (shown as JSON with keys sorted). */
  options: Record<string, unknown>;
  gitCommit: string | null;
}

/** The version this one replaces, for the "what changed" table. */
export interface PreviousVersion {
  version: string;
  /** What {@link keyEstimates} returned for the previous version's results. */
  keyEstimates: Record<string, number | null>;
  /** Relative link to its report; default `../<version>/report.html` (version URL-encoded). */
  href?: string;
}

/** A notebook's HTML export, linked relative to the report. */
export interface NotebookLink {
  name: string;
  href: string;
}

/** Everything the report shows; every number comes from `results` or `figures`. */
export interface ReportInput {
  results: Results;
  figures: FigureData;
  study: Study;
  version: string;
  previous: PreviousVersion | null;
  manifest: ReportManifest;
  notebooks: NotebookLink[];
}

export type { FigureData, Results, Study };
