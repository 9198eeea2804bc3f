/**
 * Covariate terms as they enter the models: numeric demographics as they are, and
 * categorical ones as treatment-coded dummy columns `<column>_<level>` for every level
 * but the first (the reference level), as R's `model.matrix` with `contr.treatment`
 * does. A missing category gives NaN in every dummy of that column.
 * @module
 */
import type { CleanData } from "../clean/types.ts";
import type { Study } from "./types.ts";

/** A named numeric model column. */
export interface Term {
  name: string;
  values: Float64Array;
}

/**
 * The model terms of `covariates` (demographic column names), in the given order.
 */
export function covariateTerms(data: CleanData, study: Study, covariates: string[]): Term[] {
  const terms: Term[] = [];
  for (const column of covariates) {
    const demographic = study.demographics.find((d) => d.column === column);
    if (!demographic) throw new RangeError(`"${column}" is not a demographic of the study`);
    if (demographic.type === "numeric") {
      terms.push({ name: column, values: data.numeric[column] });
      continue;
    }
    const values = data.categorical[column];
    for (const level of demographic.levels.slice(1)) {
      terms.push({
        name: `${column}_${level}`,
        values: Float64Array.from(values, (v) => (v === null ? NaN : v === level ? 1 : 0)),
      });
    }
  }
  return terms;
}
