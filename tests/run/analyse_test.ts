import assert from "node:assert/strict";
import { analyse, loadStudy, plannedRegressions } from "../../pipeline/mod.ts";
import { plannedMediations } from "../../pipeline/analysis_models.ts";
import { assertClose } from "../_helpers.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const study = await loadStudy(`${ROOT}data/study.json`);
const analysis = await analyse(study, await Deno.readFile(study.data), { resamples: 1000 });
const { results } = analysis;

Deno.test("plannedRegressions() fits the paper's four models, then each with the covariates", () => {
  const models = plannedRegressions(study.model, ["age", "gender_male"]).map((p) => p.model);
  assert.deepEqual(models, [
    "ras ~ rprs",
    "ras ~ wai",
    "ras ~ rprs + wai",
    "wai ~ rprs",
    "ras ~ rprs + age + gender_male",
    "ras ~ wai + age + gender_male",
    "ras ~ rprs + wai + age + gender_male",
    "wai ~ rprs + age + gender_male",
  ]);
});

Deno.test("plannedMediations() gives the main, adjusted, declared and alternative models", () => {
  const planned = plannedMediations(study.model, ["age"]);
  assert.deepEqual(planned.map((p) => [p.model, p.role]), [
    ["rprs → wai → ras", "main"],
    ["rprs → wai → ras | age", "adjusted"],
    ["rprs → wai_goal, wai_task, wai_bond → ras", "additional"],
    ["wai → rprs → ras", "alternative"],
    ["ras → wai → rprs", "alternative"],
  ]);
  const noAlternatives = plannedMediations({ ...study.model, alternatives: false }, []);
  assert.deepEqual(noAlternatives.map((p) => p.role), ["main", "additional"]);
});

Deno.test("analyse(): sensitivity at ρ = 0 equals the main model's indirect effect", () => {
  const main = results.mediation.find((m) => m.role === "main")!;
  const ab = main.effects.find((e) => e.effect === "indirect")!.estimate!;
  assertClose(results.sensitivity[0].estimateAtRhoZero, ab, 1e-12);
  const zero = results.sensitivity[0].rows.find((r) => Math.abs(r.rho) < 1e-12)!;
  assertClose(zero.estimate, ab, 1e-12);
});

Deno.test("analyse(): the power curve uses the regressions' standardized paths and includes the study's n", () => {
  const power = results.power!;
  const beta = (model: string, term: string) =>
    results.regressions.find((r) => r.model === model)!.terms.find((t) => t.term === term)!
      .standardized;
  assert.equal(power.a, beta("wai ~ rprs", "rprs"));
  assert.equal(power.b, beta("ras ~ rprs + wai", "wai"));
  assert.equal(power.cPrime, beta("ras ~ rprs + wai", "rprs"));
  assert.ok(power.points.some((p) => p.n === results.sample.nAnalysed));
  for (let i = 1; i < power.points.length; i++) {
    assert.ok(power.points[i].n > power.points[i - 1].n);
  }
});

Deno.test("analyse(): scale scores, regressions and mediation agree on the same participants", () => {
  const main = results.mediation.find((m) => m.role === "main")!;
  const aPath = main.effects.find((e) => e.effect === "a")!;
  const reg = results.regressions.find((r) => r.model === "wai ~ rprs")!;
  const term = reg.terms.find((t) => t.term === "rprs")!;
  assertClose(aPath.estimate!, term.estimate, 1e-12);
  assertClose(aPath.stdError!, term.stdError, 1e-12);
  assert.equal(main.nobs, reg.nobs);
});
