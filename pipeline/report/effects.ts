/**
 * Names of mediation effects and of interval methods, and the rows the report quotes.
 * @module
 */
import type { EffectRow, MediationSummary } from "../results/types.ts";
import type { Labels } from "./context.ts";

/**
 * Display name of an effect id of a mediation model, for the ids `mediate()` writes (see
 * its documentation); unknown ids show as themselves.
 */
export function effectLabel(effect: string, model: MediationSummary, labels: Labels): string {
  const name = labels.name;
  const x = name(model.x);
  const y = name(model.y);
  const one = model.m.length === 1 ? name(model.m[0]) : "M";
  const known = new Map<string, string>([
    ["a", `a (${x} → ${one})`],
    ["b", `b (${one} → ${y})`],
    ["total", `c (total effect of ${x} on ${y})`],
    ["direct", "c′ (direct effect)"],
    ["indirect", `ab (indirect effect through ${one})`],
    ["indirect:total", "Total indirect effect"],
    ["proportion-mediated", "Proportion mediated (indirect / total)"],
  ]);
  for (const base of ["indirect", "indirect:total"]) {
    const what = base === "indirect" ? "ab" : "Total indirect effect";
    known.set(`${base}:partially-standardized`, `${what}, partially standardized (/ SD of ${y})`);
    known.set(
      `${base}:completely-standardized`,
      `${what}, completely standardized (× SD of ${x} / SD of ${y})`,
    );
  }
  for (const [k, m] of model.m.entries()) {
    // In a serial model the second a path is X → M2 holding M1 constant.
    const given = model.serial && k > 0 ? `, given ${name(model.m[0])}` : "";
    known.set(`a:${m}`, `a (${x} → ${name(m)}${given})`);
    known.set(`b:${m}`, `b (${name(m)} → ${y})`);
    known.set(`indirect:${m}`, `Indirect effect through ${name(m)}`);
    for (const m2 of model.m) {
      if (m2 === m) continue;
      known.set(`d:${m}->${m2}`, `d (${name(m)} → ${name(m2)})`);
      known.set(`indirect:${m}->${m2}`, `Indirect effect through ${name(m)} then ${name(m2)}`);
      known.set(
        `contrast:${m}-${m2}`,
        `Contrast of indirect effects: ${name(m)} − ${name(m2)}`,
      );
    }
  }
  return known.get(effect) ?? effect;
}

/** The first row of `effect`, preferring the methods in `prefer`, in that order. */
export function pickEffect(
  model: MediationSummary,
  effect: string,
  prefer: string[] = [],
): EffectRow | undefined {
  const rows = model.effects.filter((e) => e.effect === effect);
  for (const method of prefer) {
    const row = rows.find((r) => r.method === method);
    if (row) return row;
  }
  return rows[0];
}

/**
 * The id of effect `kind` ("a", "b", "indirect") for mediator `m`: `kind:m` when the
 * model has such a row, else plain `kind` (a model with one mediator).
 */
export function mediatorEffect(model: MediationSummary, kind: string, m: string): string {
  const specific = `${kind}:${m}`;
  return model.effects.some((e) => e.effect === specific) ? specific : kind;
}

/** Methods of path coefficients (preferred for a, b, c and c′). */
export const PATH_METHODS = ["ols", "ml"];
/** Interval methods of the indirect effect, most recommended first. */
export const INDIRECT_METHODS = [
  "percentile bootstrap",
  "bc bootstrap",
  "bca bootstrap",
  "monte carlo",
  "sobel (normal theory)",
];

/** Name and definition of an interval method, for the methods section. */
export interface MethodDefinition {
  name: string;
  definition: string;
}

/** Definitions of the interval methods the pipeline produces, by method id. */
export const METHOD_DEFINITIONS: Record<string, MethodDefinition> = {
  ols: {
    name: "OLS t interval",
    definition: "estimate ± t(1 − α/2; n − p) × SE, with the classical " +
      "least-squares standard error (R's lm); p from the t test with n − p degrees of freedom.",
  },
  ml: {
    name: "Maximum-likelihood normal interval",
    definition: "estimate ± z(1 − α/2) × SE, with the maximum-likelihood " +
      "standard error (the OLS SE × √((n − p)/n), as lavaan); p from the z test.",
  },
  "percentile bootstrap": {
    name: "Percentile bootstrap",
    definition: "the α/2 and 1 − α/2 quantiles of the R bootstrap estimates (participants " +
      "resampled with replacement, every path re-estimated in each resample); the quantile at " +
      "p is read from the sorted estimates by interpolation at position (R + 1)·p, as R's " +
      "boot.ci. On this row of an indirect effect, SE, z and p are the delta method's (Sobel).",
  },
  "bc bootstrap": {
    name: "Bias-corrected (BC) bootstrap",
    definition: "z0 = Φ⁻¹(share of bootstrap estimates below the point estimate, ties not " +
      "counted); the bounds are the bootstrap quantiles at Φ(2·z0 ± z(1 − α/2)) (Efron, 1987). " +
      "Known to inflate Type I error in small samples.",
  },
  "bca bootstrap": {
    name: "Bias-corrected and accelerated (BCa) bootstrap",
    definition: "the bootstrap quantiles at Φ(z0 + (z0 + z)/(1 − a·(z0 + z))) for " +
      "z = z(α/2) and z(1 − α/2), z0 as for BC, and the acceleration a = ΣL³ / (6·(ΣL²)^1.5) " +
      "from the jackknife: Lᵢ = (n − 1)(θ̂ − θ̂₍₋ᵢ₎), θ̂₍₋ᵢ₎ the estimate without participant i " +
      "(Efron, 1987; Efron & Tibshirani, 1993, ch. 14; R's boot.ci). Not computed when fewer " +
      "resamples than participants were used.",
  },
  "monte carlo": {
    name: "Monte Carlo",
    definition: "independent draws a ~ N(â, SE(a)²) and b ~ N(b̂, SE(b)²); the " +
      "percentile interval (as above) of the draws of a·b. One mediator only.",
  },
  "sobel (normal theory)": {
    name: "Sobel (normal theory)",
    definition: "ab ± z(1 − α/2) × SE with the first-order delta-method " +
      "SE = √(a²·SE(b)² + b²·SE(a)²); p from the z test.",
  },
};
