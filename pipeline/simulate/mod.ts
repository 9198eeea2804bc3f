/**
 * A seeded, streaming simulator of SYNTHETIC item-level survey data for a study
 * definition. The file it writes is a pure function of (study, options): the same
 * inputs give the same bytes on every machine.
 *
 * ## Generative model
 * 1. Path model on standardized latents (the model's x, m[0] and y scales):
 *    X ~ N(0, 1); M = a·X + e_M; Y = c′·X + b·M + e_Y, the residual variances chosen so
 *    that Var(M) = Var(Y) = 1 (1 − a², and 1 − (b² + c′² + 2abc′)). The default targets
 *    (`TARGET_CORRELATIONS`) are the population correlations of the SCORED SCALE MEANS,
 *    r(X,M) = .55, r(M,Y) = .40, r(X,Y) = .35 for the shipped study (X = RPRS, M = WAI,
 *    Y = RAS): what an analysis of the files estimates. Item noise and categorization
 *    attenuate correlations, so the latent correlations that achieve them are larger:
 *    r(X,M) ≈ .704177, r(M,Y) ≈ .486260, r(X,Y) ≈ .433443 (`DEFAULT_LATENT_CORRELATIONS`,
 *    solved by `latentCorrelationsFor`), a positive-definite correlation matrix, so every
 *    target is feasible. The default paths reproduce them exactly
 *    (`pathsFromCorrelations`): a ≈ .704177, b ≈ .359111, c′ ≈ .180565 (Var(e_M) ≈ .504135,
 *    Var(e_Y) ≈ .747114). Further mediators m[1..] get M_k = a·X + e and no path to Y.
 * 2. An instrument not in the model gets an independent N(0, 1) latent; if one of its
 *    subscales is in the model, the instrument latent is √.7·(that subscale) + √.3·e.
 *    Each other subscale latent is √.7·(instrument latent) + √.3·e (correlation .837
 *    with its instrument, .7 between sibling subscales).
 * 3. Item j: z = .75·L + √(1 − .75²)·ε, L the latent of the item's first subscale (else
 *    of its instrument); response d = clamp(floor(center + spread·z + 1/2), min, max)
 *    with center = min + .7·(max − min) and spread = (max − min)/4, i.e. fixed
 *    thresholds τ_t = (min + t − 1/2 − center)/spread on z. Responses lean to the
 *    upper categories as satisfaction-type scales do; category probabilities on 1–7
 *    ≈ .007/.029/.093/.192/.259/.228/.193, on 1–5 ≈ .011/.086/.285/.376/.242, on 1–4
 *    ≈ .016/.195/.491/.297. Reverse-keyed items are written
 *    as min + max − d, so reverse keying in scoring restores d.
 * 4. Demographics, independent of the latents: "age" uniform integer 20–60 (the
 *    study's abstract; intersected with the column's range), other numeric columns
 *    uniform integers over their range (0–100 without one); categorical columns
 *    uniform over their levels (so work_capacity is "reduced" for about half).
 * 5. Ids "P001", "P002", ... zero-padded to max(3, digits of n).
 *
 * `expectedScaleStatistics` gives the exact population moments of the scored scale means
 * this implies (for the shipped study at the defaults: correlations .55/.40/.35 to about
 * 1e-15); `latentCorrelationsFor` inverts it for other targets or studies. The same
 * defaults on another study give other scale-mean correlations.
 *
 * ## Draw order (all randomness from `createRng`, pipeline/random)
 * Data generator `createRng(seed)`, for participant p = 1..n: one `nextNormal()` per
 * latent step (X, each mediator, Y; then per instrument in study order its latent if
 * not set by the model, then each of its subscale latents not in the model), one
 * `nextNormal()` per item in header order, one `nextIndex(k)` per demographic in
 * study order (k = number of integers in the range, or of levels).
 *
 * Problem generator `createRng(problemSeed(seed))`, seed XOR 0x9E3779B9 (only with
 * problems): first the layout (`drawLayout`: the near-empty participant, the two items
 * they answered, the duplicated participant, where its copy goes, where the blank line
 * goes); then for every participant except the near-empty one, every item cell in
 * header order draws one `nextDouble()` for sequential sampling (`CellSampler`), plus
 * one `nextIndex(codes)` if it becomes a missing code. Participants' values therefore
 * do not depend on whether problems are injected.
 *
 * ## Problems injected (default on)
 * Of the item cells of all participants but the near-empty one: exactly 2% (rounded)
 * made empty, 0.5% set to one of the study's missing codes, 0.1% (at least 2) set out
 * of range (cycling min − 1, max + 1, max typed twice, e.g. 0, 8, 77 on 1–7); no
 * participant gets more problem cells on a scale than its `minAnsweredShare` tolerates.
 * One participant is repeated as an identical row later in the file; one blank line;
 * one participant answered only two items. The summary lists each of them with rows.
 *
 * @example
 * ```ts
 * import { simulateCsv } from "./mod.ts";
 * import { loadStudy } from "../study/mod.ts";
 * const study = await loadStudy("data/study.json");
 * const chunks: string[] = [];
 * const summary = await simulateCsv(study, { n: 20 }, (chunk) => {
 *   chunks.push(chunk);
 * });
 * if (summary.duplicate === null || summary.nAnalysable !== 19) throw new Error("summary");
 * ```
 * @module
 */
export { simulateCsv } from "./simulate_csv.ts";
export { simulateToFile } from "./simulate_to_file.ts";
export { SIMULATE_HELP, simulateCommand } from "./command.ts";
export { expectedScaleStatistics } from "./expected.ts";
export { latentCorrelationsFor } from "./solve.ts";
export type { ExpectedScaleStatistics } from "./expected.ts";
export {
  DEFAULT_LATENT_CORRELATIONS,
  impliedByPaths,
  pathsFromCorrelations,
  resolveSimulateOptions,
  SIMULATE_DEFAULTS,
  TARGET_CORRELATIONS,
} from "./options.ts";
export type {
  LatentCorrelations,
  ModelCorrelations,
  PathCoefficients,
  ResolvedSimulateOptions,
  SimulateOptions,
} from "./options.ts";
export { MODEL_CONSTANTS } from "./model.ts";
export { PROBLEM_RATES, problemSeed } from "./problems.ts";
export type { CellProblemKind } from "./problems.ts";
export type { InjectedCell, SimulationSummary } from "./types.ts";
