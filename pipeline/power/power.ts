/**
 * Simulation-based power, Type I error and coverage of tests of the indirect effect.
 * @module
 */
import { IndexStream } from "../mediate/mod.ts";
import type { ProgressSink } from "../progress/mod.ts";
import { createRng } from "../random/mod.ts";
import { residualVarianceY, resolvePowerOptions } from "./options.ts";
import type { ResolvedPowerOptions } from "./options.ts";
import { simulateStudy, testStudy } from "./study.ts";
import type {
  MonteCarloProportion,
  PowerCurveOptions,
  PowerOptions,
  PowerResult,
  SimulationSummary,
} from "./types.ts";

/**
 * Power of a test of the indirect effect a·b in X → M → Y, by simulation (Monte Carlo power
 * analysis as in MacKinnon, Lockwood, Hoffman, West & Sheets, 2002, Psychological Methods 7,
 * and Fritz & MacKinnon, 2007, Psychological Science 18(3), 233–239).
 *
 * Definition: each of `studies` studies draws n rows with X ~ N(0, 1), M = aX + e_M,
 * Y = c′X + bM + e_Y, normal errors with the variances that make Var(M) = Var(Y) = 1 (so
 * a, b, c′ are standardized paths; `simulateStudy`), and tests a·b with `method` at
 * `confLevel` (`testStudy`: percentile or BC bootstrap interval, Sobel interval, or joint
 * significance of a and b). Reported, each as a proportion p of studies with its Monte Carlo
 * standard error √(p(1 − p)/studies):
 * - `power`: share of studies whose interval excludes 0 (joint significance: a and b both
 *   significant);
 * - `coverage`: share of intervals containing the true a·b (null for joint significance);
 * - `typeIErrorA0` and `typeIErrorB0`: the same rejection rate in two further simulations
 *   with a = 0 (b and c′ kept) and with b = 0 (a and c′ kept), where a·b = 0 is true. Null
 *   (with a note) when `nullSimulations` is false or that model is impossible
 *   (1 − b² − c′² ≤ 0).
 *
 * Algorithm and randomness (all from `createRng`, so a seed fixes every number): the three
 * simulations' seeds are the first three `nextUint32()` outputs of `createRng(seed)`, in the
 * order power, a = 0, b = 0. In a simulation with seed s, `rng = createRng(s)`; for each
 * study, first `rng.nextUint32()` gives the seed of the study's bootstrap stream (drawn for
 * every method, used by "percentile" and "bc"), then `simulateStudy(rng, …)` draws its data.
 * Bootstrap resamples reuse `mediate()`'s engine (`bootstrapCrossProducts`: no allocation per
 * resample); the three columns are allocated once per simulation.
 *
 * `progress`, when given, is told how many of the studies (of all simulations) are done; it
 * changes no result.
 *
 * Degenerate cases: a study without a defined interval (e.g. every resample degenerate at
 * tiny n) counts as not rejecting and not covering, and is counted in the simulation's
 * `noInterval`. Bad options: `DataError` (stage "options", see `resolvePowerOptions`).
 * There is no single R equivalent; the per-study tests match `mediate()`'s rows (which match
 * R's `lm` and `boot.ci`), and the power at Fritz & MacKinnon's published sample sizes is
 * checked in tests/power/fritz_mackinnon_test.ts.
 *
 * @example
 * ```ts
 * import { mediationPower } from "./power.ts";
 * const r = mediationPower({ a: 0.39, b: 0.39, n: 90, method: "sobel", studies: 200 });
 * if (!(r.power.estimate > 0.5) || r.coverage === null || r.typeIErrorA0 === null) {
 *   throw new Error(JSON.stringify(r.power));
 * }
 * ```
 */
export function mediationPower(
  options: PowerOptions,
  progress: ProgressSink | null = null,
): PowerResult {
  const o = resolvePowerOptions(options);
  const runs = o.nullSimulations ? 3 : 1;
  let finished = 0;
  const report = progress === null ? null : {
    update: (done: number) => progress.update(finished * o.studies + done, runs * o.studies),
  };
  const seeds = createRng(o.seed);
  const seedPower = seeds.nextUint32();
  const seedA0 = seeds.nextUint32();
  const seedB0 = seeds.nextUint32();
  const notes: string[] = [];
  if (o.a === 0 || o.b === 0) {
    notes.push("a·b = 0 in the simulated model: `power` is itself a Type I error rate.");
  }
  const main = _simulate(o, "power", o.a, o.b, seedPower, report);
  finished++;
  const simulations = [main];
  const nullRun = (label: "typeIErrorA0" | "typeIErrorB0", a: number, b: number, seed: number) => {
    if (!o.nullSimulations) return null;
    if (!(residualVarianceY(a, b, o.cPrime) > 0)) {
      notes.push(
        `${label} not simulated: with a = ${a}, b = ${b}, c′ = ${o.cPrime} the error ` +
          "variance of Y would not be positive.",
      );
      return null;
    }
    const run = _simulate(o, label, a, b, seed, report);
    finished++;
    simulations.push(run);
    return run.rejections;
  };
  const typeIErrorA0 = nullRun("typeIErrorA0", 0, o.b, seedA0);
  const typeIErrorB0 = nullRun("typeIErrorB0", o.a, 0, seedB0);
  if (!o.nullSimulations) notes.push("Type I errors not simulated (nullSimulations: false).");
  const noInterval = simulations.reduce((s, run) => s + run.noInterval, 0);
  if (noInterval > 0) {
    notes.push(
      `${noInterval} simulated studies had no defined interval (counted as not rejecting).`,
    );
  }
  const bootstrap = o.method === "percentile" || o.method === "bc";
  return {
    method: o.method,
    n: o.n,
    studies: o.studies,
    resamples: bootstrap ? o.resamples : null,
    confLevel: o.confLevel,
    seed: o.seed,
    a: o.a,
    b: o.b,
    cPrime: o.cPrime,
    indirect: o.a * o.b,
    power: main.rejections,
    coverage: main.coverage,
    typeIErrorA0,
    typeIErrorB0,
    simulations,
    note: notes.length === 0 ? null : notes.join(" "),
  };
}

/**
 * {@link mediationPower} at each sample size in `ns` (same options and seed for every N),
 * in the order given: a power curve. Bad options (including an empty `ns`): `DataError`
 * (stage "options"). `progress` is told the share of the work done (by Σ n).
 *
 * @example
 * ```ts
 * import { powerCurve } from "./power.ts";
 * const curve = powerCurve({
 *   a: 0.39, b: 0.39, ns: [30, 120], method: "joint-significance", studies: 300,
 *   nullSimulations: false,
 * });
 * if (!(curve[0].power.estimate < curve[1].power.estimate)) throw new Error();
 * ```
 */
export function powerCurve(
  options: PowerCurveOptions,
  progress: ProgressSink | null = null,
): PowerResult[] {
  const { ns, ...rest } = options;
  if (!Array.isArray(ns) || ns.length === 0) {
    // Same message and stage as any other bad option.
    resolvePowerOptions({ ...rest, n: NaN });
  }
  // Validate every N before simulating any.
  for (const n of ns) resolvePowerOptions({ ...rest, n });
  const total = ns.reduce((sum, n) => sum + n, 0);
  let before = 0;
  return ns.map((n) => {
    // Work grows with n: the share of the curve done is Σ n of the finished sample sizes.
    const part = progress === null ? null : {
      update: (done: number, all: number) => progress.update(before + (n * done) / all, total),
    };
    const result = mediationPower({ ...rest, n }, part);
    before += n;
    return result;
  });
}

function _simulate(
  o: ResolvedPowerOptions,
  label: SimulationSummary["label"],
  a: number,
  b: number,
  seed: number,
  progress: { update(done: number): void } | null,
): SimulationSummary {
  // createRng(seed)'s stream, bit for bit, without the per-draw call overhead.
  const rng = new IndexStream(seed);
  const data = { x: new Float64Array(o.n), m: new Float64Array(o.n), y: new Float64Array(o.n) };
  const paths = { a, b, cPrime: o.cPrime };
  const indirect = a * b;
  let rejections = 0, covered = 0, noInterval = 0, resamplesFailed = 0;
  for (let s = 0; s < o.studies; s++) {
    if (progress !== null && s % 16 === 0) progress.update(s);
    const studySeed = rng.nextUint32();
    simulateStudy(rng, paths, data);
    const t = testStudy(data, o.method, o.resamples, o.confLevel, studySeed);
    if (t.rejects) rejections++;
    resamplesFailed += t.resamplesFailed;
    if (o.method === "joint-significance") continue;
    if (t.confLow === null || t.confHigh === null) noInterval++;
    else if (t.confLow <= indirect && indirect <= t.confHigh) covered++;
  }
  return {
    label,
    a,
    b,
    cPrime: o.cPrime,
    indirect,
    seed,
    rejections: _proportion(rejections, o.studies),
    coverage: o.method === "joint-significance" ? null : _proportion(covered, o.studies),
    noInterval,
    resamplesFailed,
  };
}

function _proportion(count: number, studies: number): MonteCarloProportion {
  const p = count / studies;
  return { estimate: p, stdError: Math.sqrt((p * (1 - p)) / studies), count, studies };
}
