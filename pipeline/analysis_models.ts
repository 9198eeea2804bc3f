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

/** Why a mediation model is reported. */
export type MediationRole = "main" | "adjusted" | "additional" | "alternative";

/** A mediation model to fit. */
export interface PlannedMediation extends MediationSpec {
  model: string;
  role: MediationRole;
  adjusted: boolean;
}

/**
 * The mediation models of `model`: the paper's X → M → Y (all mediators in parallel); the
 * same adjusted for the covariates when the study declares any; the study's additional
 * models; and, with one mediator and `alternatives`, the orderings M → X → Y and
 * Y → M → X that reviewers ask for.
 */
export function plannedMediations(model: Model, covariateTerms: string[]): PlannedMediation[] {
  const name = (x: string, m: string[], y: string, serial = false) =>
    `${x} → ${m.join(serial ? " → " : ", ")} → ${y}`;
  const main = name(model.x, model.m, model.y);
  const planned: PlannedMediation[] = [
    {
      model: main,
      role: "main",
      x: model.x,
      m: model.m,
      y: model.y,
      covariates: [],
      adjusted: false,
    },
  ];
  if (covariateTerms.length > 0) {
    planned.push({
      model: `${main} | ${covariateTerms.join(", ")}`,
      role: "adjusted",
      x: model.x,
      m: model.m,
      y: model.y,
      covariates: covariateTerms,
      adjusted: true,
    });
  }
  for (const extra of model.additional) {
    const covariates = extra.adjusted ? covariateTerms : [];
    planned.push({
      model: name(extra.x, extra.m, extra.y, extra.serial) +
        (covariates.length > 0 ? ` | ${covariates.join(", ")}` : ""),
      role: "additional",
      x: extra.x,
      m: extra.m,
      y: extra.y,
      serial: extra.serial,
      covariates,
      adjusted: extra.adjusted,
    });
  }
  if (model.alternatives && model.m.length === 1) {
    const [m] = model.m;
    for (const [x, mediator, y] of [[m, model.x, model.y], [model.y, m, model.x]]) {
      planned.push({
        model: name(x, [mediator], y),
        role: "alternative",
        x,
        m: [mediator],
        y,
        covariates: [],
        adjusted: false,
      });
    }
  }
  return planned;
}
