/**
 * The public API of the pipeline, used by the command line (pipeline/cli.ts) and by
 * the reviewer notebooks (notebooks/). Each stage is a plain function from data to
 * plain results:
 *
 *     loadStudy → ingest → clean → scoreScales/describeScales → correlate → regress → mediate
 *       → mediationSensitivity/powerCurve → renderReport
 *
 * `analyse()` runs them all for a study, as `deno task reproduce` does.
 *
 * @example
 * ```ts
 * import { analyse, loadStudy } from "./mod.ts";
 * const study = await loadStudy("data/study.json");
 * const analysis = await analyse(study, await Deno.readFile(study.data), { resamples: 1000 });
 * if (analysis.results.sample.nAnalysed !== 72) throw new Error("unexpected sample");
 * ```
 * @module
 */
export { DataError, DataErrors } from "./errors.ts";
export { createRng } from "./random/mod.ts";
export type { Rng } from "./random/mod.ts";
export * from "./study/mod.ts";
export * from "./ingest/mod.ts";
export * from "./clean/mod.ts";
export * from "./score/mod.ts";
export * from "./correlate/mod.ts";
export * from "./regress/mod.ts";
export { mediate } from "./mediate/mod.ts";
export type {
  EffectRow as MediationEffectRow,
  MediateOptions,
  MediationResult,
  MediationSpec,
} from "./mediate/mod.ts";
export { mediationSensitivity } from "./sensitivity/mod.ts";
export type { SensitivityResult, SensitivityRow } from "./sensitivity/mod.ts";
export { mediationPower, powerCurve } from "./power/mod.ts";
export type { PowerOptions, PowerResult } from "./power/mod.ts";
export { keyEstimates, renderReport } from "./report/mod.ts";
export type { ReportInput } from "./report/mod.ts";
export { plannedMediations, plannedRegressions } from "./analysis_models.ts";
export type { MediationRole, PlannedMediation, PlannedRegression } from "./analysis_models.ts";
export { analyse } from "./run.ts";
export type { Analysis, RunOptions } from "./run.ts";
export { dataFiles } from "./output/files.ts";
export type * from "./results/types.ts";
