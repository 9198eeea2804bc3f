/**
 * Clean stage: typed, rule-checked data with an audit log that reconciles (see `clean`),
 * and a danfojs view of the result for people to look at (`toDataFrame`).
 * @module
 */
export { clean } from "./clean.ts";
export { cleanCategorical, cleanItem, cleanNumeric } from "./rules.ts";
export { toDataFrame } from "./dataframe.ts";
export type { AuditEntry, CleanData, ParticipantFlow } from "./types.ts";
