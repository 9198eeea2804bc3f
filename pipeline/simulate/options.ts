/**
 * Options of the simulator, their defaults (filled in one place: `resolveSimulateOptions`)
 * and the derivation of the default path coefficients from target correlations.
 * @module
 */
import type { Study } from "../study/types.ts";

/** Standardized paths of the latent model X → M → Y (M = m[0] of the study's model). */
export interface PathCoefficients {
  /** X → M. */
  a: number;
  /** M → Y, controlling for X. */
  b: number;
  /** X → Y, controlling for M (the direct effect). */
  cPrime: number;
}

/** Correlations among X, M and Y: of their latent scores, or of their scale means. */
export interface ModelCorrelations {
  xm: number;
  my: number;
  xy: number;
}

/** Correlations among the latent X, M and Y. */
export type LatentCorrelations = ModelCorrelations;

/** What to simulate; every field is optional (defaults in `SIMULATE_DEFAULTS`). */
export interface SimulateOptions {
  /** Distinct participants, including the near-empty one when `problems` is true; default 73. */
  n?: number;
  /** Seed of the generators; default: the study's `analysis.seed`. */
  seed?: number;
  /** Latent path coefficients; default: `pathsFromCorrelations(DEFAULT_LATENT_CORRELATIONS)`. */
  paths?: PathCoefficients;
  /** Inject data problems (empty cells, missing codes, ...); default true. */
  problems?: boolean;
}

/** Options with every default filled in. */
export interface ResolvedSimulateOptions {
  n: number;
  seed: number;
  paths: PathCoefficients;
  problems: boolean;
}

/**
 * Population correlations of the scored scale means targeted by default: RPRS–WAI .55,
 * WAI–RAS .40, RPRS–RAS .35 — what an analysis of the simulated files estimates, the
 * middle of the plausible ranges in the project's reference notes (Hebrew RPRS sample:
 * RPRS–WAI ≈ .51, RPRS–RAS ≈ .36; alliance–outcome meta-analyses ≈ .28).
 */
export const TARGET_CORRELATIONS: Readonly<ModelCorrelations> = Object.freeze({
  xm: 0.55,
  my: 0.40,
  xy: 0.35,
});

/**
 * The latent correlations behind the default paths: `latentCorrelationsFor(study,
 * TARGET_CORRELATIONS)` for data/study.json (X = RPRS, M = WAI, Y = RAS), at which the
 * population correlations of its scale means are .55/.40/.35 (to about 1e-15). Item noise
 * and the cutting into answer categories attenuate correlations (by factors of .78–.82
 * here), hence the larger latent values. Stored as numbers, so that the defaults are the
 * same for every study and need no solving at run time; tests/simulate re-solves them and
 * R solves them independently (tests/simulate/fixtures/expected_moments.R). Another study
 * gets other scale-mean correlations from them; to aim at targets for it, pass
 * `paths: pathsFromCorrelations(latentCorrelationsFor(study, targets))`.
 */
export const DEFAULT_LATENT_CORRELATIONS: Readonly<ModelCorrelations> = Object.freeze({
  xm: 0.7041767064539287,
  my: 0.4862603924053702,
  xy: 0.4334425422413195,
});

/**
 * The standardized paths that reproduce latent correlations `r` exactly:
 * a = r_xm; b = (r_my − r_xy·r_xm) / (1 − r_xm²); c′ = (r_xy − r_my·r_xm) / (1 − r_xm²)
 * (the standardized coefficients of the regression of Y on X and M). For the default
 * latent correlations (`DEFAULT_LATENT_CORRELATIONS`): a ≈ .704177, b ≈ .359111,
 * c′ ≈ .180565; for latent .55/.40/.35 (the example): a = .55, b = .2075/.6975 ≈ .297491,
 * c′ = .13/.6975 ≈ .186380.
 *
 * @example
 * ```ts
 * import { pathsFromCorrelations } from "./options.ts";
 * const p = pathsFromCorrelations({ xm: 0.55, my: 0.40, xy: 0.35 });
 * if (Math.abs(p.b - 0.2975) > 1e-4 || Math.abs(p.cPrime - 0.1864) > 1e-4) throw new Error();
 * ```
 */
export function pathsFromCorrelations(r: ModelCorrelations): PathCoefficients {
  if (!(Math.abs(r.xm) < 1)) throw new RangeError(`r_xm must be in (-1, 1), got ${r.xm}`);
  const d = 1 - r.xm * r.xm;
  return { a: r.xm, b: (r.my - r.xy * r.xm) / d, cPrime: (r.xy - r.my * r.xm) / d };
}

/**
 * The latent correlations and residual variances implied by standardized paths:
 * r_xm = a, r_my = b + a·c′, r_xy = c′ + a·b; Var(e_M) = 1 − a²,
 * Var(e_Y) = 1 − (b² + c′² + 2·a·b·c′).
 */
export function impliedByPaths(
  paths: PathCoefficients,
): ModelCorrelations & { residualM: number; residualY: number } {
  const { a, b, cPrime } = paths;
  return {
    xm: a,
    my: b + a * cPrime,
    xy: cPrime + a * b,
    residualM: 1 - a * a,
    residualY: 1 - (b * b + cPrime * cPrime + 2 * a * b * cPrime),
  };
}

/** Defaults of `SimulateOptions` (the seed defaults to the study's `analysis.seed`). */
export const SIMULATE_DEFAULTS = Object.freeze({
  /** 72 analysable participants plus one who answered almost nothing. */
  n: 73,
  paths: Object.freeze(pathsFromCorrelations(DEFAULT_LATENT_CORRELATIONS)),
  problems: true,
});

/** Smallest n when problems are injected: a near-empty participant, a duplicated one, and one after it. */
export const MIN_N_WITH_PROBLEMS = 3;

/**
 * Fills in the defaults and checks the values. Invalid values are programming mistakes
 * at this level (the command line checks its flags first): `RangeError`.
 */
export function resolveSimulateOptions(
  study: Study,
  options: SimulateOptions = {},
): ResolvedSimulateOptions {
  const n = options.n ?? SIMULATE_DEFAULTS.n;
  const seed = options.seed ?? study.analysis.seed;
  const paths = { ...(options.paths ?? SIMULATE_DEFAULTS.paths) };
  const problems = options.problems ?? SIMULATE_DEFAULTS.problems;
  const minN = problems ? MIN_N_WITH_PROBLEMS : 1;
  if (!Number.isInteger(n) || n < minN || n > 0xffffffff) {
    throw new RangeError(`n must be an integer in [${minN}, 4294967295], got ${n}`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`seed must be an integer in [0, 4294967295], got ${seed}`);
  }
  for (const key of ["a", "b", "cPrime"] as const) {
    if (!Number.isFinite(paths[key])) throw new RangeError(`paths.${key} must be finite`);
  }
  const implied = impliedByPaths(paths);
  if (implied.residualM < 0 || implied.residualY < 0) {
    throw new RangeError(
      `paths ${JSON.stringify(paths)} imply a negative residual variance ` +
        `(M: ${implied.residualM}, Y: ${implied.residualY}); standardized paths need ` +
        "|a| ≤ 1 and b² + c′² + 2abc′ ≤ 1",
    );
  }
  return { n, seed, paths, problems };
}
