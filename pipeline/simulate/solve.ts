/**
 * The latent correlations at which the scored scale means of X, M and Y have given
 * population correlations: the inverse of the attenuation that `expectedScaleStatistics`
 * computes.
 * @module
 */
import type { Study } from "../study/types.ts";
import { expectedScaleStatistics } from "./expected.ts";
import {
  impliedByPaths,
  type ModelCorrelations,
  type PathCoefficients,
  pathsFromCorrelations,
} from "./options.ts";

/** Root-finding stops when the bracket is this narrow (latent r is in [−1, 1]). */
const WIDTH_TOLERANCE = 1e-15;
/** At most this many steps per correlation (Illinois needs about ten here). */
const MAX_STEPS = 200;
/** Stops as soon as |g(r) − target| is this small (correlations are of order 1). */
const VALUE_TOLERANCE = 1e-15;

/** For each pair: the latent paths that set that pair's latent correlation to r, the others to 0. */
const PAIRS: readonly { key: keyof ModelCorrelations; paths: (r: number) => PathCoefficients }[] = [
  { key: "xm", paths: (r) => ({ a: r, b: 0, cPrime: 0 }) },
  { key: "my", paths: (r) => ({ a: 0, b: r, cPrime: 0 }) },
  { key: "xy", paths: (r) => ({ a: 0, b: 0, cPrime: r }) },
];

/**
 * Solves for the latent correlations r(X, M), r(M, Y), r(X, Y) (M = the model's m[0])
 * at which the population correlations of the scored scale means of X, M and Y, as
 * `expectedScaleStatistics` computes them, equal `targets`.
 *
 * Definition: the expected scale-mean correlation of a pair depends on that pair's latent
 * correlation only (every latent of X's instrument is a multiple of X plus noise
 * independent of everything else, and likewise for M and Y; the scale SDs do not depend
 * on the paths), so the system separates into three equations g(r) = target in one
 * unknown r ∈ [−1, 1] each. g is a power series in r (the Mehler series) whose linear term
 * dominates: increasing and nearly, but not exactly, proportional (for RPRS–WAI of the
 * shipped study g(r)/r runs from .776 at r = .1 to .784 at r = 1), so there is no single
 * attenuation factor to divide by. Algorithm: for each pair, g is evaluated by
 * `expectedScaleStatistics` with that latent correlation set to r and the other two to 0,
 * and its root found on [−1, 1] by the Illinois variant of regula falsi until
 * |g(r) − target| ≤ 1e-15 or the bracket is 1e-15 wide (Dowell & Jarratt, BIT 11, 1971; R's
 * `uniroot` does the same job by Brent's method, and tests/simulate/fixtures/
 * expected_moments.R solves the same equations with it). The result is then checked: the
 * latent correlation matrix must be positive semi-definite, which is what the path model
 * needs (residual variances ≥ 0).
 *
 * Degenerate input: a target outside the range g takes on [−1, 1] (e.g. a one-item
 * scale with few categories cannot correlate .55 with anything), or targets whose latent
 * solution is not a correlation matrix, throw `RangeError` naming the reachable range or
 * the implied residual variance. A scale without variance gives null correlations:
 * `RangeError` too.
 *
 * @example
 * ```ts
 * import { latentCorrelationsFor } from "./solve.ts";
 * import { loadStudy } from "../study/mod.ts";
 * const latent = latentCorrelationsFor(await loadStudy("data/study.json"), {
 *   xm: 0.55,
 *   my: 0.40,
 *   xy: 0.35,
 * });
 * // Attenuation is undone: the latent correlations exceed the observed targets.
 * if (!(latent.xm > 0.55 && latent.my > 0.40 && latent.xy > 0.35)) throw new Error();
 * ```
 */
export function latentCorrelationsFor(study: Study, targets: ModelCorrelations): ModelCorrelations {
  const roles = { x: study.model.x, m: study.model.m[0], y: study.model.y };
  const ends = { xm: [roles.x, roles.m], my: [roles.m, roles.y], xy: [roles.x, roles.y] };
  const out = { xm: 0, my: 0, xy: 0 };
  for (const { key, paths } of PAIRS) {
    const target = targets[key];
    if (!Number.isFinite(target)) throw new RangeError(`target ${key} must be finite`);
    const [u, v] = ends[key];
    const g = (r: number): number => {
      const stats = expectedScaleStatistics(study, paths(r));
      const value = stats.correlations[stats.scales.indexOf(u)][stats.scales.indexOf(v)];
      if (value === null) throw new RangeError(`"${u}" or "${v}" has no variance`);
      return value;
    };
    out[key] = _solveIncreasing((r) => g(r) - target, -1, 1, key, target);
  }
  const implied = impliedByPaths(pathsFromCorrelations(out));
  if (implied.residualY < 0) {
    throw new RangeError(
      `the latent correlations ${JSON.stringify(out)} that give ${JSON.stringify(targets)} ` +
        `are not a correlation matrix (Var(e_Y) would be ${implied.residualY})`,
    );
  }
  return out;
}

/** Root of f, increasing on [lo, hi], by Illinois regula falsi; the point of smallest |f|. */
function _solveIncreasing(
  f: (r: number) => number,
  lo: number,
  hi: number,
  key: string,
  target: number,
): number {
  let fLo = f(lo), fHi = f(hi);
  if (fLo > 0 || fHi < 0) {
    throw new RangeError(
      `target ${key} = ${target} is out of reach: the scale means can correlate from ` +
        `${fLo + target} to ${fHi + target} (latent −1 to 1)`,
    );
  }
  let best = Math.abs(fLo) <= Math.abs(fHi) ? lo : hi;
  let bestF = Math.min(Math.abs(fLo), Math.abs(fHi));
  let kept = 0; // the end kept by the last step: −1 low, +1 high
  for (
    let step = 0;
    step < MAX_STEPS && bestF > VALUE_TOLERANCE && hi - lo > WIDTH_TOLERANCE;
    step++
  ) {
    let r = (lo * fHi - hi * fLo) / (fHi - fLo);
    // The secant point can only leave the open bracket through rounding: bisect instead.
    if (!(r > lo && r < hi)) r = (lo + hi) / 2;
    const fr = f(r);
    if (Math.abs(fr) < bestF) [best, bestF] = [r, Math.abs(fr)];
    if (fr < 0) {
      [lo, fLo] = [r, fr];
      if (kept === 1) fHi /= 2; // Illinois: halve the value at an end kept twice running
      kept = 1;
    } else {
      [hi, fHi] = [r, fr];
      if (kept === -1) fLo /= 2;
      kept = -1;
    }
  }
  return best;
}
