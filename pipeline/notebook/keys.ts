/**
 * Key numbers: the values each notebook shows in its last cell as `application/json`,
 * named as in results.json, so the notebook tests can check them against `analyse()`
 * on the same inputs (a displayed value must equal the results.json value of the same
 * name). Pure field selection: nothing is computed here.
 * @module
 */
import type { AuditEntry, ParticipantFlow } from "../clean/types.ts";
import type { CorrelationRow } from "../correlate/types.ts";
import type { TermRow } from "../regress/types.ts";
import type { Results } from "../results/types.ts";
import type { ScaleSummary } from "../score/types.ts";

/** The fields shown per area (names of results.json). */
export const KEY_FIELDS = Object.freeze(
  {
    scale: ["scale", "nobs", "mean", "sd", "alphaNobs", "alpha", "alphaConfLow", "alphaConfHigh"],
    correlation: ["x", "y", "nobs", "estimate", "pValue", "pValueHolm", "confLow", "confHigh"],
    regression: ["model", "nobs", "rSquared", "adjRSquared", "fStatistic", "df1", "df2", "pValue"],
    term: ["term", "estimate", "stdError", "statistic", "pValue", "confLow", "confHigh"],
    effect: ["effect", "method", "estimate", "stdError", "pValue", "confLow", "confHigh"],
  } as const,
);

/**
 * The named fields of each row, in the given order; a field a row lacks is `null`.
 *
 * @example
 * ```ts
 * import { pick } from "./keys.ts";
 * const [row] = pick([{ a: 1, b: 2, c: 3 }], ["c", "a"]);
 * if (JSON.stringify(row) !== '{"c":3,"a":1}') throw new Error("pick");
 * ```
 */
export function pick(
  rows: readonly object[],
  fields: readonly string[],
): Record<string, unknown>[] {
  return rows.map((row) =>
    Object.fromEntries(fields.map((f) => [f, (row as Record<string, unknown>)[f] ?? null]))
  );
}

/** The participant flow under results.json's names (`sample`). */
export function sampleKeys(flow: ParticipantFlow): Results["sample"] {
  return {
    nRaw: flow.nRead,
    nAnalysed: flow.nAnalysed,
    nExcluded: flow.nExcluded,
    excludedByReason: flow.excludedByReason.map((r) => ({ reason: r.reason, n: r.n })),
    blankLines: flow.blankLines,
  };
}

/** Audit entries counted by rule, rules sorted. */
export function auditCounts(audit: readonly AuditEntry[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const rule of audit.map((a) => a.rule).sort()) counts[rule] = (counts[rule] ?? 0) + 1;
  return counts;
}

/** Descriptives and reliability per scale. */
export function scaleKeys(scales: readonly ScaleSummary[]): Record<string, unknown>[] {
  return pick(scales, KEY_FIELDS.scale);
}

/** Each correlation's estimate, tests and interval. */
export function correlationKeys(rows: readonly CorrelationRow[]): Record<string, unknown>[] {
  return pick(rows, KEY_FIELDS.correlation);
}

/** Model fit and coefficients of each regression (a `regress()` result or a results.json
 * summary: they share these names). */
export function regressionKeys(
  models: readonly { terms: readonly TermRow[] }[],
): Record<string, unknown>[] {
  return models.map((m, i) => ({
    ...pick([m], KEY_FIELDS.regression)[0],
    terms: pick(models[i].terms, KEY_FIELDS.term),
  }));
}

/** Every effect row of each mediation model, with the model's name when it has one
 * (`mediate()` results do not: pass `{ model, ...result }`). */
export function mediationKeys(
  models: readonly { model?: string; effects: readonly object[] }[],
): Record<string, unknown>[] {
  return models.map((m) => ({
    ...(m.model === undefined ? {} : { model: m.model }),
    effects: pick(m.effects, KEY_FIELDS.effect),
  }));
}
