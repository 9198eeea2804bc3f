/**
 * Percentile, bias-corrected (BC) and BCa intervals from bootstrap draws, defined exactly
 * as R's `boot.ci()` (package boot 1.3-28.1) computes them, so that the same draws give the
 * same bounds.
 * @module
 */
import { pnorm, qnorm } from "../stats/distributions.ts";
import { type Ordered, orderedFromSorted } from "./order_statistics.ts";

/**
 * Draws in increasing order: a sorted array (`sortFloat64`), or an `OrderStatistics`, which
 * finds the few order statistics an interval needs without sorting (same values).
 */
export type SortedDraws = Float64Array | Ordered;

/** An interval, or nulls with the reason. */
export interface Interval {
  confLow: number | null;
  confHigh: number | null;
  note: string | null;
}

/**
 * boot's `norm.inter(t, alpha)`: the α quantile of the R draws from their order statistics
 * t(1) ≤ … ≤ t(R), by interpolation on the normal scale. With r = (R + 1)α and k = ⌊r⌋:
 * t(k) if r is an integer; t(1) if k = 0; t(R) if k = R; otherwise
 * t(k) + [Φ⁻¹(α) − Φ⁻¹(k/(R+1))] / [Φ⁻¹((k+1)/(R+1)) − Φ⁻¹(k/(R+1))] · (t(k+1) − t(k)).
 * `extreme` is boot's warning condition: r ≤ 1 or r ≥ R ("extreme order statistics used as
 * endpoints").
 *
 * @example
 * ```ts
 * import { normInter } from "./intervals.ts";
 * const sorted = Float64Array.from({ length: 99 }, (_, i) => i + 1);
 * // (99 + 1) · 0.05 = 5 is an integer: the 5th order statistic.
 * if (normInter(sorted, 0.05).value !== 5) throw new Error();
 * ```
 */
export function normInter(
  draws: SortedDraws,
  alpha: number,
): { value: number; extreme: boolean } {
  const sorted = _ordered(draws);
  const R = sorted.length;
  const rk = (R + 1) * alpha;
  const extreme = !(rk > 1 && rk < R);
  const k = Math.trunc(rk);
  if (k === 0) return { value: sorted.at(0), extreme };
  if (k >= R) return { value: sorted.at(R - 1), extreme };
  if (k === rk) return { value: sorted.at(k - 1), extreme };
  const z = qnorm(alpha);
  const zk = qnorm(k / (R + 1));
  const zk1 = qnorm((k + 1) / (R + 1));
  const tk = sorted.at(k - 1);
  const tk1 = sorted.at(k);
  return { value: tk + ((z - zk) / (zk1 - zk)) * (tk1 - tk), extreme };
}

/** The two tail probabilities of a two-sided interval, as boot: (1 ∓ conf)/2. */
export function tailProbabilities(confLevel: number): [number, number] {
  return [(1 - confLevel) / 2, (1 + confLevel) / 2];
}

/**
 * Percentile interval: boot.ci(type = "perc"), i.e. `norm.inter` at (1 ∓ conf)/2.
 * `draws`: the finite draws in increasing order (`SortedDraws`). All draws equal: nulls.
 */
export function percentileInterval(draws: SortedDraws, confLevel: number): Interval {
  const sorted = _ordered(draws);
  const degenerate = _degenerate(sorted);
  if (degenerate) return degenerate;
  return _bounds(sorted, tailProbabilities(confLevel));
}

/**
 * Bias-corrected (BC) interval (Efron, 1987, JASA 82): z0 = Φ⁻¹(#{θ* < θ̂}/R), counting
 * draws strictly below the estimate (a draw equal to θ̂ counts as not below, as in boot's
 * BCa); bounds = norm.inter at Φ(z0 + (z0 + z_α)) for α = (1 ∓ conf)/2, i.e. BCa with a = 0.
 * Nulls when all draws are equal or when z0 is infinite (every draw on one side of θ̂).
 */
export function bcInterval(draws: SortedDraws, estimate: number, confLevel: number): Interval {
  const sorted = _ordered(draws);
  const degenerate = _degenerate(sorted);
  if (degenerate) return degenerate;
  const z0 = _biasCorrection(sorted, estimate);
  if (z0 === null) return _infiniteZ0(sorted, estimate);
  return _bounds(
    sorted,
    tailProbabilities(confLevel).map((alpha) => pnorm(z0 + (z0 + qnorm(alpha)))),
  );
}

/**
 * Jackknife acceleration as boot: L_i = (n − 1)(θ̂_jack − θ̂₍₋ᵢ₎) (`empinf(type = "jack")`,
 * θ̂_jack the statistic on all n rows), a = Σ L_i³ / (6 (Σ L_i²)^{3/2}). Note: boot centres
 * on θ̂, not on the mean of the θ̂₍₋ᵢ₎ as Efron & Tibshirani (1993, eq. 14.15) do; we follow
 * boot. Null when Σ L_i² = 0.
 */
export function jackknifeAcceleration(full: number, leaveOneOut: Float64Array): number | null {
  const n = leaveOneOut.length;
  let s2 = 0, s3 = 0;
  for (let i = 0; i < n; i++) {
    const l = (n - 1) * (full - leaveOneOut[i]);
    s2 += l * l;
    s3 += l * l * l;
  }
  const a = s3 / (6 * Math.pow(s2, 1.5));
  return Number.isFinite(a) ? a : null;
}

/**
 * BCa interval (Efron, 1987): boot.ci(type = "bca", L = empinf(b, type = "jack")):
 * bounds = norm.inter at Φ(z0 + (z0 + z_α)/(1 − a(z0 + z_α))), z0 as in `bcInterval`, a from
 * `jackknifeAcceleration`. Nulls (with the reason) when all draws are equal, z0 is infinite,
 * `acceleration` is null, or there are fewer draws than observations `n` (the jackknife's
 * n rows; lavaan and newer boot refuse BCa then).
 */
export function bcaInterval(
  draws: SortedDraws,
  estimate: number,
  acceleration: number | null,
  n: number,
  confLevel: number,
): Interval {
  const sorted = _ordered(draws);
  const degenerate = _degenerate(sorted);
  if (degenerate) return degenerate;
  if (sorted.length < n) {
    return _nulls(
      `BCa needs at least as many resamples as observations (${sorted.length} < n = ${n})`,
    );
  }
  if (acceleration === null) {
    return _nulls(
      "BCa acceleration undefined: the jackknife (leave-one-out) estimates are degenerate",
    );
  }
  const z0 = _biasCorrection(sorted, estimate);
  if (z0 === null) return _infiniteZ0(sorted, estimate);
  const alphas = tailProbabilities(confLevel).map((alpha) => {
    const z = z0 + qnorm(alpha);
    return pnorm(z0 + z / (1 - acceleration * z));
  });
  if (!alphas.every((alpha) => alpha >= 0 && alpha <= 1)) {
    return _nulls("BCa adjusted probabilities undefined (1 − a(z0 + z) = 0)");
  }
  return _bounds(sorted, alphas);
}

/** Number of draws strictly below x (binary search in a sorted array, else a count). */
export function countBelow(sorted: SortedDraws, x: number): number {
  return _ordered(sorted).countBelow(x);
}

function _ordered(draws: SortedDraws): Ordered {
  return draws instanceof Float64Array ? orderedFromSorted(draws) : draws;
}

function _biasCorrection(sorted: Ordered, estimate: number): number | null {
  const z0 = qnorm(sorted.countBelow(estimate) / sorted.length);
  return Number.isFinite(z0) ? z0 : null;
}

function _bounds(sorted: Ordered, alphas: number[]): Interval {
  const [low, high] = alphas.map((alpha) => normInter(sorted, alpha));
  return {
    confLow: low.value,
    confHigh: high.value,
    note: low.extreme || high.extreme
      ? "extreme order statistics used as endpoints: too few resamples for this level"
      : null,
  };
}

function _degenerate(sorted: Ordered): Interval | null {
  if (sorted.length === 0) return _nulls("no bootstrap draws");
  if (sorted.at(0) === sorted.at(sorted.length - 1)) {
    return _nulls("all bootstrap draws are equal: no interval");
  }
  return null;
}

function _infiniteZ0(sorted: Ordered, estimate: number): Interval {
  const side = sorted.countBelow(estimate) === 0 ? "at or above" : "below";
  return _nulls(`bias correction infinite: every bootstrap draw is ${side} the estimate`);
}

function _nulls(note: string): Interval {
  return { confLow: null, confHigh: null, note };
}
