/**
 * The population means, SDs and correlations of the scored scale means that the
 * simulator's model implies (complete data, reverse keying undone). Their correlations are
 * weaker than the latent ones: item noise and the cutting into categories attenuate them
 * (the default latent correlations are chosen so that the scale means hit the targets).
 * @module
 */
import { pnorm } from "../stats/distributions.ts";
import { scaleIds, scaleItems } from "../study/scales.ts";
import type { Study } from "../study/types.ts";
import { compileModel, itemThresholds, MODEL_CONSTANTS } from "./model.ts";
import { type PathCoefficients, SIMULATE_DEFAULTS } from "./options.ts";

/** Population moments of every scale mean (instruments and subscales, in study order). */
export interface ExpectedScaleStatistics {
  scales: string[];
  means: number[];
  sds: number[];
  /** Pearson correlations; null where a scale has no variance. */
  correlations: (number | null)[][];
}

/** Terms of the Mehler series; the largest item correlation is loading² = .5625, and .5625^120 < 1e-29. */
const SERIES_TERMS = 120;

/**
 * Computes the exact population moments of the scale means for `study` under `paths`.
 *
 * Definition: item j's score is d_j = min + Σ_t 1{z_j ≥ τ_t}, with z_j standard normal
 * and τ_t its thresholds; two items' z are bivariate normal with correlation
 * ρ = loading² · corr(latent_j, latent_k). Algorithm: E[d_j] = min + Σ_t Φ(−τ_t);
 * Var(d_j) from the joint tail probabilities of one z; Cov(d_j, d_k) by Mehler's
 * expansion of the bivariate normal density, Cov = Σ_{n≥1} ρⁿ c_n(j) c_n(k) with
 * c_n = E[d(Z) He_n(Z)]/√n! = Σ_t φ(τ_t) He_{n−1}(τ_t)/√n! (Kendall & Stuart, The Advanced
 * Theory of Statistics, vol. 2, the tetrachoric series), summed to 120 terms. Scale-mean
 * moments follow by linearity. Checked against R (pbivnorm) in
 * tests/simulate/fixtures/expected_moments.R. Degenerate input: a scale whose items have a
 * one-point response range has SD 0 and null correlations.
 *
 * @example
 * ```ts
 * import { expectedScaleStatistics } from "./expected.ts";
 * import { loadStudy } from "../study/mod.ts";
 * const study = await loadStudy("data/study.json");
 * // Latent r(X, M) = .55 alone: the scale means of RPRS and WAI correlate less.
 * const stats = expectedScaleStatistics(study, { a: 0.55, b: 0, cPrime: 0 });
 * const [x, m] = [stats.scales.indexOf("rprs"), stats.scales.indexOf("wai")];
 * const r = stats.correlations[x][m]!;
 * if (!(r > 0.4 && r < 0.45)) throw new Error(`attenuated r(X, M) = ${r}`);
 * ```
 */
export function expectedScaleStatistics(
  study: Study,
  paths: PathCoefficients = SIMULATE_DEFAULTS.paths,
): ExpectedScaleStatistics {
  const model = compileModel(study, paths);
  const items = model.items;
  const count = items.length;
  const loading2 = MODEL_CONSTANTS.itemLoading ** 2;
  const means = new Float64Array(count);
  const coefficients: Float64Array[] = [];
  const cov: Float64Array[] = [];
  for (let j = 0; j < count; j++) {
    const tau = itemThresholds(items[j]);
    means[j] = items[j].min + tau.reduce((s, t) => s + pnorm(-t), 0);
    coefficients.push(_hermiteCoefficients(tau));
    cov.push(new Float64Array(count));
    cov[j][j] = _variance(tau);
  }
  for (let j = 0; j < count; j++) {
    for (let k = 0; k < j; k++) {
      const rho = loading2 *
        _dot(model.slotVectors[items[j].slot], model.slotVectors[items[k].slot]);
      let sum = 0, power = 1;
      for (let n = 0; n < SERIES_TERMS; n++) {
        power *= rho;
        sum += power * coefficients[j][n] * coefficients[k][n];
      }
      cov[j][k] = cov[k][j] = sum;
    }
  }
  const indexOf = new Map(items.map((item, j) => [item.column, j]));
  const scales = scaleIds(study);
  const members = scales.map((id) => scaleItems(study, id).items.map((c) => indexOf.get(c)!));
  const scaleCov = members.map((a) =>
    members.map((b) => {
      let s = 0;
      for (const j of a) for (const k of b) s += cov[j][k];
      return s / (a.length * b.length);
    })
  );
  const sds = scales.map((_, i) => Math.sqrt(Math.max(0, scaleCov[i][i])));
  return {
    scales,
    means: members.map((a) => a.reduce((s, j) => s + means[j], 0) / a.length),
    sds,
    correlations: scaleCov.map((row, i) =>
      row.map((c, k) => (sds[i] > 0 && sds[k] > 0 ? c / (sds[i] * sds[k]) : null))
    ),
  };
}

/** c_n for n = 1..SERIES_TERMS (index n − 1), with normalized Hermite polynomials. */
function _hermiteCoefficients(tau: number[]): Float64Array {
  const out = new Float64Array(SERIES_TERMS);
  for (const t of tau) {
    const phi = Math.exp(-t * t / 2) / Math.sqrt(2 * Math.PI);
    // h_k = He_k/√k!: h_0 = 1, h_1 = t, h_{k+1} = (t·h_k − √k·h_{k−1})/√(k+1).
    let previous = 0, current = 1;
    for (let n = 1; n <= SERIES_TERMS; n++) {
      // c_n = φ(τ)·He_{n−1}(τ)/√n! = φ(τ)·h_{n−1}(τ)/√n.
      out[n - 1] += phi * current / Math.sqrt(n);
      const next = (t * current - Math.sqrt(n - 1) * previous) / Math.sqrt(n);
      previous = current;
      current = next;
    }
  }
  return out;
}

/** Var(Σ_t 1{Z ≥ τ_t}) = Σ_s Σ_t [P(Z ≥ max(τ_s, τ_t)) − P(Z ≥ τ_s)·P(Z ≥ τ_t)]. */
function _variance(tau: number[]): number {
  let v = 0;
  for (const s of tau) {
    for (const t of tau) v += pnorm(-Math.max(s, t)) - pnorm(-s) * pnorm(-t);
  }
  return v;
}

function _dot(u: Float64Array, v: Float64Array): number {
  let s = 0;
  for (let k = 0; k < u.length; k++) s += u[k] * v[k];
  return s;
}
