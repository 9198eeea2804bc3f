/**
 * Input checks and listwise deletion for {@link mediate}.
 * @module
 */
import { DataError } from "../errors.ts";
import type { MediationSpec } from "./types.ts";

/** Complete cases of the model's columns. */
export interface PreparedData {
  /** The model's columns restricted to the complete rows, by name. */
  data: Record<string, Float64Array>;
  nobs: number;
  /** 0-based indices of the rows dropped for a missing (non-finite) value, ascending. */
  droppedRows: number[];
}

/**
 * Checks the specification against the data and keeps the rows where x, every mediator, y
 * and every covariate are finite (NaN marks a missing value; listwise deletion, as PROCESS
 * and `lm()`). Throws `DataError` (stage "mediate") when a column is absent or used twice,
 * serial mediation does not have two mediators, fewer than 4 complete rows remain or too few
 * for the outcome equation (n must exceed its coefficients), or a column takes one value in
 * every complete row (its effect cannot be estimated). Columns of different lengths are a
 * programming error (`RangeError`).
 *
 * @example
 * ```ts
 * import { prepareMediationData } from "./prepare.ts";
 * const data = {
 *   x: new Float64Array([1, 2, 3, 4, NaN, 6]),
 *   m: new Float64Array([2, 1, 4, 3, 5, 7]),
 *   y: new Float64Array([1, 3, 2, 5, 4, 6]),
 * };
 * const p = prepareMediationData(data, { x: "x", m: ["m"], y: "y", covariates: [] });
 * if (p.nobs !== 5 || p.droppedRows[0] !== 4) throw new Error();
 * ```
 */
export function prepareMediationData(
  data: Record<string, Float64Array>,
  spec: MediationSpec,
): PreparedData {
  const names = [spec.x, ...spec.m, spec.y, ...spec.covariates];
  if (spec.m.length === 0) _fail("the mediation model has no mediator", null, "at least one");
  if (spec.serial === true && spec.m.length !== 2) {
    _fail(
      `serial mediation needs exactly two mediators, got ${spec.m.length}`,
      null,
      "two mediators in causal order",
    );
  }
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) _fail(`column "${name}" has two roles in the model`, name, "distinct");
    seen.add(name);
    if (!(Object.hasOwn(data, name) && data[name] instanceof Float64Array)) {
      _fail(`column "${name}" is not in the data`, name, "a numeric column of that name");
    }
  }
  const length = data[spec.x].length;
  for (const name of names) {
    if (data[name].length !== length) {
      throw new RangeError(`column "${name}" has ${data[name].length} rows, "${spec.x}" ${length}`);
    }
  }
  const missing = new Uint8Array(length);
  for (const name of names) {
    const column = data[name];
    for (let i = 0; i < length; i++) if (!Number.isFinite(column[i])) missing[i] = 1;
  }
  const keep: number[] = [];
  const droppedRows: number[] = [];
  for (let i = 0; i < length; i++) (missing[i] ? droppedRows : keep).push(i);
  const nobs = keep.length;
  const outcomeCoefficients = 2 + spec.m.length + spec.covariates.length;
  if (nobs < 4 || nobs <= outcomeCoefficients) {
    throw new DataError(
      `mediation needs more complete rows: ${nobs} of ${length} rows are complete`,
      {
        stage: "mediate",
        found: `n = ${nobs}`,
        expected: `n >= ${Math.max(4, outcomeCoefficients + 1)} (more rows than the ` +
          `${outcomeCoefficients} coefficients of the outcome equation)`,
        hint: "check the rows dropped for missing values, or use fewer covariates",
      },
    );
  }
  const out: Record<string, Float64Array> = {};
  for (const name of names) {
    const source = data[name];
    const column = new Float64Array(nobs);
    for (let r = 0; r < nobs; r++) column[r] = source[keep[r]];
    if (column.every((v) => v === column[0])) {
      _fail(
        `column "${name}" has the same value (${column[0]}) in every complete row, so its ` +
          `effect cannot be estimated`,
        name,
        "a variable that varies",
      );
    }
    out[name] = column;
  }
  return { data: out, nobs, droppedRows };
}

function _fail(message: string, column: string | null, expected: string): never {
  throw new DataError(message, {
    stage: "mediate",
    column,
    expected,
    hint: "check the model's x, m, y and covariates in the study definition",
  });
}
