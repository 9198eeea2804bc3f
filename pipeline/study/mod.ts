/**
 * The study definition: the instruments, items, scoring rules, demographics, model and
 * analysis options of a study, loaded from a JSON file (see data/study.schema.json).
 * @module
 */
export { loadStudy } from "./load.ts";
export { STUDY_DEFAULTS, validateStudy } from "./validate.ts";
export { scaleIds, scaleItems } from "./scales.ts";
export type * from "./types.ts";
export { covariateTerms } from "./design.ts";
export type { Term } from "./design.ts";
