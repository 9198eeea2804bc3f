/**
 * Mediation analysis X → M → Y with bootstrap, Monte Carlo and normal-theory intervals.
 * @module
 */
import { DataError } from "../errors.ts";
import {
  bootstrapCrossProducts,
  type CrossProductStatistic,
  fullSampleStatistics,
  jackknifeCrossProducts,
} from "./bootstrap.ts";
import { effectRows } from "./effect_rows.ts";
import { jackknifeAcceleration } from "./intervals.ts";
import { buildPathModel, type PathModel, pathStatistic } from "./model.ts";
import { monteCarloSeed, resolveMediateOptions } from "./options.ts";
import { fitPaths } from "./paths.ts";
import { prepareMediationData } from "./prepare.ts";
import type { MediateOptions, MediationResult, MediationSpec } from "./types.ts";

/**
 * Mediation analysis in the regression (product-of-coefficients) framework: PROCESS model 4
 * (one or several parallel mediators) or model 6 (two serial mediators, `spec.serial`),
 * every equation adjusted for `spec.covariates`; listwise complete cases (NaN = missing).
 *
 * Rows (`effects`, broom's vocabulary; see `EffectRow`), one mediator:
 * - `a` (M ~ X + C), `b` and `direct` c′ (Y ~ X + M + C), `total` c (Y ~ X + C): `ols()`
 *   estimates; seType "ols": `summary(lm)` SE, t, p and `confint(lm)`, method "ols"; seType
 *   "ml": lavaan's SE·√((n − p)/n), z, normal p and interval, method "ml".
 * - `indirect` a·b, method "percentile bootstrap": SE, z and p of Sobel's first-order delta
 *   method √(a²SE_b² + b²SE_a²) (normal p), interval = percentile bootstrap;
 * - `indirect` again with methods "bc bootstrap", "bca bootstrap", "monte carlo" and
 *   "sobel (normal theory)" (a·b ± z₁₋α/₂·SE);
 * - `indirect:partially-standardized` a·b/SD_Y, `indirect:completely-standardized`
 *   a·b·SD_X/SD_Y (SDs with divisor n − 1, recomputed in each resample, as PROCESS), and
 *   `proportion-mediated` a·b/c, each with a percentile bootstrap interval.
 *   `unstable` is true on the proportion when the interval of c (the `total` row) includes 0:
 *   the ratio is then dominated by noise in its denominator.
 * Several parallel mediators: `a:<m>`, `b:<m>`, `total`, `direct`; `indirect:<m>`,
 * `indirect:total` and `contrast:<m1>-<m2>` (a₁b₁ − a₂b₂, every pair in the given order)
 * each with percentile, BC, BCa and delta-method rows (delta SEs use the full covariance of
 * the paths, the mediators' residuals being correlated); `indirect:total:…-standardized` and
 * `proportion-mediated` (of the total indirect effect). Serial (X → M1 → M2 → Y): `a:<m1>`,
 * `a:<m2>` (X → M2 given M1), `d:<m1>-><m2>`, `b:<m1>`, `b:<m2>`, `total`, `direct`;
 * `indirect:<m1>` a₁b₁, `indirect:<m1>-><m2>` a₁d₂₁b₂, `indirect:<m2>` a₂b₂, `indirect:total`.
 * Monte Carlo rows exist for one mediator only.
 *
 * `options.hc` (PROCESS's `hc=`, seType "ols" only): the path rows' SE, t, p and t interval
 * come from `sandwich::vcovHC(lm, type = hc)` of their equation (method "ols (HC3)" etc.); the
 * delta-method (Sobel) SEs and the Monte Carlo draws use those HC variances, and across the
 * parallel mediators' equations the cross sandwich of their residual products (see
 * `fitPaths()`); those rows get the note "HC3 standard errors" etc. Bootstrap intervals are
 * unchanged.
 *
 * Interval definitions (α = 1 − confLevel; bounds from the sorted draws t(1) ≤ … ≤ t(R) by
 * boot's `norm.inter` interpolation at (R + 1)·p, see `intervals.ts`; R's `boot.ci` gives the
 * same bounds for the same draws):
 * - percentile: p = α/2 and 1 − α/2 (`boot.ci(type = "perc")`);
 * - BC (Efron, 1987): z0 = Φ⁻¹(#{θ* < θ̂}/R) (ties count as not below),
 *   p = Φ(2z0 ± z₁₋α/₂);
 * - BCa (Efron, 1987): p = Φ(z0 + (z0 + z)/(1 − a(z0 + z))), z = Φ⁻¹(α/2), Φ⁻¹(1 − α/2),
 *   a = ΣL³/(6(ΣL²)^{3/2}), L_i = (n − 1)(θ̂ − θ̂₍₋ᵢ₎), θ̂₍₋ᵢ₎ without row i (`boot.ci(type =
 *   "bca", L = empinf(b, type = "jack"))`; boot centres the L_i on θ̂ where Efron &
 *   Tibshirani (1993, eq. 14.15) use the mean of the θ̂₍₋ᵢ₎: we follow boot); null with a
 *   note when resamples used < n, or when a leave-one-out fit is degenerate;
 * - Monte Carlo: a ~ N(â, SE_a²), b ~ N(b̂, SE_b²) independent (SEs of seType), stream
 *   `createRng(monteCarloSeed(seed))`, the percentile interval of the a·b draws.
 *
 * Bootstrap (see `bootstrap.ts`): resample r draws n rows with `nextIndex(n)` from the single
 * stream `createRng(seed)` (`bootstrapIndices()` yields them); each resample's paths come from
 * its weighted cross-product matrix by the sweep operator. Degenerate resamples (a covariate,
 * X or a mediator with zero variance in the resample, collinear predictors, or a non-finite
 * statistic) are dropped and counted in `resamplesFailed`, not redrawn, so every other
 * resample keeps its indices; if fewer than half succeed, `DataError`. All draws equal: null
 * bounds with a note (never NaN).
 *
 * Degenerate data (`DataError`, stage "mediate"): a missing column or one used twice, fewer
 * than 4 complete rows or no more rows than outcome coefficients, a column constant over the
 * complete rows, collinear predictors. Bad options: `DataError` (stage "options").
 *
 * References: Hayes (2022), Introduction to Mediation, Moderation, and Conditional Process
 * Analysis, 3rd ed. (PROCESS); Sobel (1982); Efron (1987), JASA 82; Efron & Tibshirani
 * (1993), ch. 14. Matches R's `lm()`, lavaan's `sem()` (seType "ml") and `boot.ci()` (see
 * tests/fixtures/mediate/reference.R).
 *
 * @example
 * ```ts
 * import { mediate } from "./mediate.ts";
 * import { createRng } from "../random/mod.ts";
 * const rng = createRng(1);
 * const n = 60;
 * const x = Float64Array.from({ length: n }, () => rng.nextNormal());
 * const m = x.map((v) => 0.5 * v + rng.nextNormal());
 * const y = m.map((v, i) => 0.4 * v + 0.1 * x[i] + rng.nextNormal());
 * const r = mediate({ x, m, y }, { x: "x", m: ["m"], y: "y", covariates: [] }, {
 *   resamples: 1000,
 * });
 * const ab = r.effects.find((e) => e.effect === "indirect")!;
 * if (r.resamplesUsed !== 1000 || ab.method !== "percentile bootstrap") throw new Error();
 * if (!(ab.confLow! < ab.estimate! && ab.estimate! < ab.confHigh!)) throw new Error();
 * ```
 */
export function mediate(
  data: Record<string, Float64Array>,
  spec: MediationSpec,
  options: MediateOptions = {},
): MediationResult {
  const o = resolveMediateOptions(options);
  const prepared = prepareMediationData(data, spec);
  const model = buildPathModel(spec);
  const n = prepared.nobs;
  const columns = model.names.map((name) => prepared.data[name]);
  const fits = fitPaths(model, prepared.data, o.seType, o.confLevel, o.hc);
  const statistic = pathStatistic(model, columns);

  const boot = bootstrapCrossProducts(columns, statistic, o.resamples, o.seed, {
    progress: o.progress,
  });
  if (boot.used < o.resamples / 2) {
    throw new DataError(
      `only ${boot.used} of ${o.resamples} bootstrap resamples could be analysed: in the ` +
        `others a predictor had no variance or the predictors were collinear`,
      {
        stage: "mediate",
        found: `${boot.failed} degenerate resamples`,
        expected: "at least half of the resamples usable",
        hint: "a predictor with a rare value (e.g. a small group) needs more observations; " +
          "consider combining categories",
      },
    );
  }
  const accelerations = boot.used >= n ? _accelerations(model, columns, statistic) : null;

  const mcSeed = monteCarloSeed(o.seed);
  const rows = [
    ...fits.rows,
    ...effectRows(model, fits, boot.draws, accelerations, { ...o, n, monteCarloSeed: mcSeed }),
  ];

  return {
    x: spec.x,
    m: [...spec.m],
    y: spec.y,
    covariates: [...spec.covariates],
    serial: model.kind === "serial",
    nobs: n,
    droppedRows: prepared.droppedRows,
    resamples: o.resamples,
    resamplesUsed: boot.used,
    resamplesFailed: boot.failed,
    seed: o.seed,
    monteCarloSeed: mcSeed,
    monteCarloDraws: o.monteCarloDraws,
    confLevel: o.confLevel,
    seType: o.seType,
    effects: rows,
    draws: { indirect: boot.draws[model.totalIndirect] },
  };
}

/** BCa acceleration of each statistic (null where a leave-one-out fit is degenerate). */
function _accelerations(
  model: PathModel,
  columns: Float64Array[],
  statistic: CrossProductStatistic,
): (number | null)[] {
  const full = fullSampleStatistics(columns, statistic);
  const jack = jackknifeCrossProducts(columns, statistic);
  const complete = jack.ok.every((v) => v === 1);
  return model.effects.map((_, s) =>
    full === null || !complete ? null : jackknifeAcceleration(full[s], jack.values[s])
  );
}
