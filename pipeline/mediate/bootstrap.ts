/**
 * The nonparametric bootstrap engine of the mediation module, built for speed: no resample
 * is ever materialised and nothing is allocated per resample.
 *
 * Per resample r = 0, 1, …, B − 1:
 * 1. n row indices are drawn with `nextIndex(n)` from ONE MT19937 stream `createRng(seed)`,
 *    resample after resample, index after index (`bootstrapIndices()` yields exactly these);
 *    they are only counted: w_i = how often row i was drawn (reused byte counters, see
 *    `IndexStream.countInto`).
 * 2. One sequential pass over the rows accumulates Σ w_i z_i and the upper triangle of
 *    Σ w_i z_i z_iᵀ for z = the variables shifted by their full-sample means (the shift keeps
 *    the cross-products well conditioned); centring gives the resample's cross-product
 *    matrix C = Σ w z zᵀ − (Σ w z)(Σ w z)ᵀ / n.
 * 3. The statistics are computed from C (for mediation: the sweep operator, see `model.ts`).
 *    A resample whose statistics cannot be computed (a degenerate variable) or are not all
 *    finite is dropped and counted as failed; it is NOT redrawn, so resample r always uses
 *    the same indices whatever happened to the others.
 *
 * Speed (every choice leaves each result bit for bit as the definition above; tests/bench
 * compares with an engine written the simple way): indices by Lemire's method in 32-bit
 * integer arithmetic for n ≤ 32,767 (`MersenneDraws.countInto`); the weighted pass as
 * several loops over cached blocks of rows, each keeping a few running sums in registers
 * (`WeightedCrossProducts.accumulate`); the simple model's statistic written out
 * (`pathStatistic`); and, for large bootstraps (n × B ≥ PARALLEL_MIN_DRAWS), the draws on a
 * second core (`ParallelDraws`) while this thread sums.
 * @module
 */
import type { ProgressSink } from "../progress/mod.ts";
import { WeightedCrossProducts } from "./crossproducts.ts";
import { IndexStream } from "./index_stream.ts";
import { ParallelDraws, ParallelDrawsFailed } from "./parallel_draws.ts";

/** Statistics computed from a centred cross-product matrix. */
export interface CrossProductStatistic {
  /** Number of statistics written by `compute`. */
  size: number;
  /**
   * Writes the statistics of data with centred cross-product matrix `c` (p × p, full
   * storage, in column order) and total weight `n` into `out`; returns false when they are
   * undefined. Must not allocate (it runs once per resample).
   */
  compute(c: Float64Array, n: number, out: Float64Array): boolean;
}

/** Draws of each statistic over the resamples that succeeded, in resample order. */
export interface BootstrapDraws {
  /** draws[s][u]: statistic s in the u-th successful resample. */
  draws: Float64Array[];
  resamples: number;
  used: number;
  failed: number;
}

/** How the engine runs; the draws and results are the same either way. */
export interface BootstrapOptions {
  /**
   * Count the draws on a second core (a worker, see `ParallelDraws`) while this thread sums:
   * "auto" when n × resamples ≥ PARALLEL_MIN_DRAWS and a worker may run, "never", or
   * "always" (when possible; for tests). Default "auto".
   */
  parallel?: "auto" | "never" | "always";
  /** Told how many resamples are done, every PROGRESS_EVERY resamples and at the end. */
  progress?: ProgressSink | null;
}

/** Draws below which a worker costs more (its start-up, about 20 ms) than it saves. */
export const PARALLEL_MIN_DRAWS = 50_000_000;
const PROGRESS_EVERY = 64;

/**
 * Runs the bootstrap of `statistic` over the rows of `columns` (all of length n, complete).
 *
 * @example
 * ```ts
 * import { bootstrapCrossProducts } from "./bootstrap.ts";
 * const x = new Float64Array([1, 2, 3, 4, 5, 6]);
 * const variance = {
 *   size: 1,
 *   compute(c: Float64Array, n: number, out: Float64Array) {
 *     out[0] = c[0] / (n - 1);
 *     return true;
 *   },
 * };
 * const run = bootstrapCrossProducts([x], variance, 100, 1);
 * if (run.used !== 100 || run.draws[0].length !== 100) throw new Error();
 * ```
 */
export function bootstrapCrossProducts(
  columns: Float64Array[],
  statistic: CrossProductStatistic,
  resamples: number,
  seed: number,
  options: BootstrapOptions = {},
): BootstrapDraws {
  const acc = new WeightedCrossProducts(columns);
  const { n } = acc;
  const mode = options.parallel ?? "auto";
  const parallel = mode === "always" || (mode === "auto" && n * resamples >= PARALLEL_MIN_DRAWS)
    // Three variables: a short weighted pass, so this thread also counts the draws.
    ? ParallelDraws.start(n, resamples, seed, acc.p === 3 ? "indices" : "counts")
    : null;
  if (parallel !== null) {
    try {
      return _run(
        acc,
        statistic,
        resamples,
        options.progress ?? null,
        (r) => parallel.take(r),
        (r) => parallel.release(r),
      );
    } catch (error) {
      // The worker failed: the same resamples again, on this thread.
      if (!(error instanceof ParallelDrawsFailed)) throw error;
    } finally {
      parallel.close();
    }
  }
  const stream = new IndexStream(seed);
  const counts = new Uint8Array(n);
  const overflow: number[] = [];
  return _run(acc, statistic, resamples, options.progress ?? null, () => {
    // `counts` is all 0 here: accumulate() resets it.
    if (overflow.length !== 0) overflow.length = 0;
    stream.countInto(counts, n, overflow);
    return { counts, overflow };
  }, () => {});
}

/** The resampling loop: draws of resample r from `take(r)`, handed back by `release(r)`. */
function _run(
  acc: WeightedCrossProducts,
  statistic: CrossProductStatistic,
  resamples: number,
  progress: ProgressSink | null,
  take: (r: number) => { counts: Uint8Array; overflow: ArrayLike<number> },
  release: (r: number) => void,
): BootstrapDraws {
  const { n } = acc;
  const out = new Float64Array(statistic.size);
  const draws = Array.from({ length: statistic.size }, () => new Float64Array(resamples));
  let used = 0;
  for (let r = 0; r < resamples; r++) {
    const { counts, overflow } = take(r);
    acc.accumulate(counts, overflow);
    release(r);
    if (progress !== null && r % PROGRESS_EVERY === 0) progress.update(r, resamples);
    if (!statistic.compute(acc.centred(n), n, out) || !_allFinite(out)) continue;
    for (let s = 0; s < out.length; s++) draws[s][used] = out[s];
    used++;
  }
  progress?.update(resamples, resamples);
  return {
    draws: draws.map((d) => d.subarray(0, used)),
    resamples,
    used,
    failed: resamples - used,
  };
}

/**
 * The statistics on the full sample (every w_i = 1), through the same arithmetic as the
 * resamples; null when undefined.
 */
export function fullSampleStatistics(
  columns: Float64Array[],
  statistic: CrossProductStatistic,
): Float64Array | null {
  const acc = new WeightedCrossProducts(columns);
  acc.accumulate(new Uint8Array(acc.n).fill(1), []);
  const out = new Float64Array(statistic.size);
  return statistic.compute(acc.centred(acc.n), acc.n, out) && _allFinite(out) ? out : null;
}

/**
 * Leave-one-out (jackknife) values of the statistics: values[s][i] is statistic s without
 * row i, from the full-sample sums minus row i's contribution. `ok[i]` is 0 where the
 * statistics without row i are undefined (e.g. row i is the only one with x = 1).
 */
export function jackknifeCrossProducts(
  columns: Float64Array[],
  statistic: CrossProductStatistic,
): { values: Float64Array[]; ok: Uint8Array } {
  const acc = new WeightedCrossProducts(columns);
  const { n } = acc;
  acc.accumulate(new Uint8Array(n).fill(1), []);
  const fullSums = acc.sums.slice();
  const fullCross = acc.cross.slice();
  const values = Array.from({ length: statistic.size }, () => new Float64Array(n));
  const ok = new Uint8Array(n);
  const out = new Float64Array(statistic.size);
  const { p, shifted, sums, cross } = acc;
  for (let i = 0; i < n; i++) {
    let t = 0;
    for (let j = 0; j < p; j++) {
      const zj = shifted[j][i];
      sums[j] = fullSums[j] - zj;
      for (let k = j; k < p; k++, t++) cross[t] = fullCross[t] - zj * shifted[k][i];
    }
    if (!statistic.compute(acc.centred(n - 1), n - 1, out) || !_allFinite(out)) continue;
    ok[i] = 1;
    for (let s = 0; s < out.length; s++) values[s][i] = out[s];
  }
  return { values, ok };
}

function _allFinite(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return false;
  return true;
}
