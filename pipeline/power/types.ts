/**
 * Input and result types of {@link mediationPower} and {@link powerCurve}.
 * @module
 */

/**
 * How each simulated study tests the indirect effect a·b:
 * - "percentile": percentile bootstrap interval (`boot.ci(type = "perc")`);
 * - "bc": bias-corrected bootstrap interval (Efron, 1987);
 * - "sobel": a·b ± z₁₋α/₂·√(a²SE_b² + b²SE_a²) (first-order delta method, `lm` SEs);
 * - "joint-significance": a and b both significant by their `lm` t tests at α = 1 − confLevel
 *   (no interval).
 */
export type PowerMethod = "percentile" | "bc" | "sobel" | "joint-significance";

/** Options of {@link mediationPower}; defaults are filled in `options.ts`. */
export interface PowerOptions {
  /** Standardized X → M path, −1 < a < 1. Required. */
  a: number;
  /** Standardized M → Y path given X, −1 < b < 1. Required. */
  b: number;
  /** Standardized direct path X → Y given M. Default 0. */
  cPrime?: number;
  /** Sample size of each study, an integer from 4 to 100,000. Required. */
  n: number;
  /** Test of the indirect effect. Default "percentile". */
  method?: PowerMethod;
  /** Simulated studies per simulation, 1 to 1,000,000. Default 1,000. */
  studies?: number;
  /** Bootstrap resamples per study ("percentile", "bc"), 1 to 1,000,000. Default 1,000. */
  resamples?: number;
  /** Level of each interval (α = 1 − confLevel for the tests). Default 0.95. */
  confLevel?: number;
  /** Seed of every random draw, an integer in [0, 2^32). Default 20140801. */
  seed?: number;
  /** Also run the two null simulations (a = 0; b = 0) for the Type I errors. Default true. */
  nullSimulations?: boolean;
}

/** Options of {@link powerCurve}: those of {@link mediationPower} with several sample sizes. */
export type PowerCurveOptions = Omit<PowerOptions, "n"> & { ns: number[] };

/** A proportion of simulated studies, with its Monte Carlo standard error. */
export interface MonteCarloProportion {
  /** count / studies. */
  estimate: number;
  /** Monte Carlo standard error √(p(1 − p)/studies), p = estimate. */
  stdError: number;
  count: number;
  studies: number;
}

/** One simulation: `studies` data sets from one set of true paths. */
export interface SimulationSummary {
  /** "power" (the paths asked for), "typeIErrorA0" (a = 0, b kept), "typeIErrorB0" (b = 0). */
  label: "power" | "typeIErrorA0" | "typeIErrorB0";
  /** True standardized paths of this simulation. */
  a: number;
  b: number;
  cPrime: number;
  /** True indirect effect a·b. */
  indirect: number;
  /** Seed of this simulation's stream (derived from the options' seed, see `mediationPower`). */
  seed: number;
  /** Share of studies whose interval excludes 0 (joint significance: both paths significant). */
  rejections: MonteCarloProportion;
  /** Share of studies whose interval contains the true a·b; null for joint significance. */
  coverage: MonteCarloProportion | null;
  /** Studies without a defined interval, counted as neither rejecting nor covering. */
  noInterval: number;
  /** Degenerate bootstrap resamples dropped, over all studies. */
  resamplesFailed: number;
}

/** Result of {@link mediationPower}: plain data. */
export interface PowerResult {
  method: PowerMethod;
  n: number;
  studies: number;
  /** Bootstrap resamples per study; null for "sobel" and "joint-significance". */
  resamples: number | null;
  confLevel: number;
  seed: number;
  a: number;
  b: number;
  cPrime: number;
  /** True indirect effect a·b. */
  indirect: number;
  /** Share of studies that detect the indirect effect (the "power" simulation's rejections). */
  power: MonteCarloProportion;
  /** Coverage of the true a·b by the intervals; null for joint significance. */
  coverage: MonteCarloProportion | null;
  /** Rejection rate when a = 0 (b kept); null when not run or that model is impossible. */
  typeIErrorA0: MonteCarloProportion | null;
  /** Rejection rate when b = 0 (a kept); null when not run or that model is impossible. */
  typeIErrorB0: MonteCarloProportion | null;
  /** Each simulation run, in the order power, typeIErrorA0, typeIErrorB0. */
  simulations: SimulationSummary[];
  /** Cautions (e.g. why a Type I error is null); null when there is nothing to say. */
  note: string | null;
}
