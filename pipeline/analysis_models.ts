/**
 * Which models the pipeline fits for a study: the paper's regressions (Y ~ X, Y ~ M,
 * Y ~ X + M, M ~ X, one mediator at a time) and mediation model, each also with the
 * study's covariates when it declares any.
 * @module
 */
import type { MediationSpec } from "./mediate/types.ts";
import type { RegressionSpec } from "./regress/types.ts";
import type { Model } from "./study/types.ts";

/** A regression to fit, and whether it includes the covariates. */
export interface PlannedRegression extends RegressionSpec {
  adjusted: boolean;
}

/** The regressions of `model`; `covariateTerms` are the covariates' model-term names. */
export function plannedRegressions(model: Model, covariateTerms: string[]): PlannedRegression[] {
  const { x, m, y } = model;
  const base: [string, string[]][] = [
    [y, [x]],
    ...m.map((mediator): [string, string[]] => [y, [mediator]]),
    [y, [x, ...m]],
    ...m.map((mediator): [string, string[]] => [mediator, [x]]),
  ];
  const planned: PlannedRegression[] = [];
  for (const [outcome, predictors] of base) {
    planned.push({ model: _name(outcome, predictors), outcome, predictors, adjusted: false });
  }
  if (covariateTerms.length > 0) {
    for (const [outcome, predictors] of base) {
      const all = [...predictors, ...covariateTerms];
      planned.push({ model: _name(outcome, all), outcome, predictors: all, adjusted: true });
    }
  }
  return planned;
}

function _name(outcome: string, predictors: string[]): string {
  return `${outcome} ~ ${predictors.join(" + ")}`;
}

/** A mediation model to fit. */
export interface PlannedMediation extends MediationSpec {
  model: string;
  adjusted: boolean;
}

/**
 * The mediation models of `model`: the paper's X → M → Y (all mediators in parallel),
 * and the same adjusted for the covariates when the study declares any.
 */
export function plannedMediations(model: Model, covariateTerms: string[]): PlannedMediation[] {
  const name = `${model.x} → ${model.m.join(", ")} → ${model.y}`;
  const planned: PlannedMediation[] = [
    { model: name, x: model.x, m: model.m, y: model.y, covariates: [], adjusted: false },
  ];
  if (covariateTerms.length > 0) {
    planned.push({
      model: `${name} | ${covariateTerms.join(", ")}`,
      x: model.x,
      m: model.m,
      y: model.y,
      covariates: covariateTerms,
      adjusted: true,
    });
  }
  return planned;
}
