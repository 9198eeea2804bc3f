/**
 * What the clean stage returns: the analysed participants as typed columns, the audit
 * log of every change and exclusion, and the participant flow that reconciles them.
 * @module
 */

/** One change or exclusion made by the cleaner. */
export interface AuditEntry {
  /** 1-based row of the raw file (header = row 1). */
  row: number;
  /** Participant id as read (null when the id cell itself was empty). */
  id: string | null;
  /** Column changed; null for a whole-row action (an exclusion). */
  column: string | null;
  oldValue: string | null;
  newValue: string | null;
  /** Rule id, e.g. "missing-code", "out-of-range", "non-numeric", "non-integer",
   * "unknown-level", "duplicate-identical", "duplicate-conflicting", "insufficient-items:<scale>",
   * "blank-line". */
  rule: string;
}

/** Reconciles rows read with rows analysed: nRead = nAnalysed + sum(excluded). */
export interface ParticipantFlow {
  nRead: number;
  nAnalysed: number;
  nExcluded: number;
  /** Exclusions by rule id, sorted by rule. */
  excludedByReason: { reason: string; n: number }[];
  /** Blank lines skipped (not participants, not counted in nRead). */
  blankLines: number;
}

/** The cleaned, analysed data set. Missing values are NaN (numeric) or null (categorical). */
export interface CleanData {
  /** Ids of the analysed participants, in file order. */
  ids: string[];
  /** Raw-file row of each analysed participant. */
  rows: number[];
  /** Item responses as answered (not yet reverse-keyed), by item column. */
  items: Record<string, Float64Array>;
  /** Numeric demographics by column (NaN = missing). */
  numeric: Record<string, Float64Array>;
  /** Categorical demographics by column (null = missing). */
  categorical: Record<string, (string | null)[]>;
  audit: AuditEntry[];
  flow: ParticipantFlow;
}
