/**
 * Mediation analysis X → M → Y (PROCESS models 4 and 6) with percentile, BC and BCa bootstrap,
 * Monte Carlo and Sobel intervals, each defined exactly in `mediate()`'s documentation.
 *
 * - {@link mediate}: the analysis; rows in broom's vocabulary.
 * - {@link bootstrapIndices}: the row indices of every resample, as the engine draws them.
 * - {@link bootstrapCrossProducts}, {@link jackknifeCrossProducts},
 *   {@link fullSampleStatistics}, {@link WeightedCrossProducts}: the allocation-free engine
 *   over weighted cross-products; {@link IndexStream} / {@link MersenneDraws}: its MT19937
 *   stream; a worker draws on a second core for large bootstraps (parallel_draws.ts).
 * - {@link normInter}, {@link percentileInterval}, {@link bcInterval}, {@link bcaInterval},
 *   {@link jackknifeAcceleration}: `boot.ci()`'s interval definitions.
 * - {@link monteCarloProduct}: Monte Carlo draws of a·b.
 * - {@link OrderStatistics}: the order statistics the intervals need, by selection;
 *   {@link sortFloat64}: radix sort of the draws.
 * - {@link resolveMediateOptions}, {@link MEDIATE_DEFAULTS}, {@link monteCarloSeed}: options.
 * @module
 */
export { mediate } from "./mediate.ts";
export type {
  EffectRow,
  MediateOptions,
  MediationResult,
  MediationSeType,
  MediationSpec,
} from "./types.ts";
export { MEDIATE_DEFAULTS, monteCarloSeed, resolveMediateOptions } from "./options.ts";
export type { ResolvedMediateOptions } from "./options.ts";
export { bootstrapIndices } from "./indices.ts";
export { IndexStream } from "./index_stream.ts";
export {
  bootstrapCrossProducts,
  fullSampleStatistics,
  jackknifeCrossProducts,
  PARALLEL_MIN_DRAWS,
} from "./bootstrap.ts";
export type { BootstrapDraws, BootstrapOptions, CrossProductStatistic } from "./bootstrap.ts";
export { MersenneDraws } from "./mersenne.ts";
export { WeightedCrossProducts } from "./crossproducts.ts";
export {
  bcaInterval,
  bcInterval,
  countBelow,
  jackknifeAcceleration,
  normInter,
  percentileInterval,
  tailProbabilities,
} from "./intervals.ts";
export type { Interval, SortedDraws } from "./intervals.ts";
export { orderedFromSorted, OrderStatistics } from "./order_statistics.ts";
export type { Ordered } from "./order_statistics.ts";
export { monteCarloProduct } from "./monte_carlo.ts";
export {
  buildPathModel,
  effectGradient,
  effectValue,
  pathStatistic,
  thetaFromCrossProducts,
} from "./model.ts";
export type { EffectScale, EffectSpec, EffectTerm, PathModel } from "./model.ts";
export { effectRows } from "./effect_rows.ts";
export type { EffectRowOptions } from "./effect_rows.ts";
export { fitPaths } from "./paths.ts";
export type { PathFits } from "./paths.ts";
export { prepareMediationData } from "./prepare.ts";
export type { PreparedData } from "./prepare.ts";
export { SWEEP_TOLERANCE, sweepChecked } from "./sweep.ts";
export { sortFloat64 } from "./sort.ts";
