/**
 * The notebooks' parameters: what a reviewer may change in the one marked cell at the
 * top of every notebook, and how they turn into the pipeline's inputs. The notebook
 * tests and `exportNotebooks` use the same function, so a notebook and `analyse()` see
 * the same study, data and options.
 * @module
 */
import { DataError } from "../errors.ts";
import { readInputFile } from "../io/read_input.ts";
import { loadStudy } from "../study/load.ts";
import type { Study } from "../study/types.ts";

/** The parameters cell of every notebook. `null` means "as the study file says". */
export interface NotebookParameters {
  /** Path of the study definition, relative to the notebook's folder or absolute. */
  study: string;
  /** Path of the data file; null = the file the study names (relative to the study file). */
  data: string | null;
  /** Bootstrap resamples; null = the study's `analysis.resamples`. */
  resamples: number | null;
  /** Seed of the MT19937 generator; null = the study's `analysis.seed`. */
  seed: number | null;
  /** Share of a scale's items that must be answered to score it, in (0, 1]; null = each
   * instrument's own `minAnsweredShare`. Applies to every instrument. */
  minAnsweredShare: number | null;
}

/** Defaults: the shipped study, everything else as it says. */
export const NOTEBOOK_PARAMETER_DEFAULTS: Readonly<NotebookParameters> = Object.freeze({
  study: "../data/study.json",
  data: null,
  resamples: null,
  seed: null,
  minAnsweredShare: null,
});

/** What a notebook analyses: pass `study`, `bytes` and `options` to the pipeline. */
export interface NotebookSetup {
  /** The parameters with defaults filled in. */
  parameters: NotebookParameters;
  /** The study with `minAnsweredShare` applied. */
  study: Study;
  /** The bytes of the study's data file. */
  bytes: Uint8Array;
  /** Options of `analyse()`: the study's values unless the parameters override them. */
  options: { seed: number; resamples: number };
}

/**
 * Loads the study and its data file (`data`, or the one the study names) and applies the
 * parameters (see {@link applyParameters}). Relative paths resolve against the current
 * folder (a notebook's kernel runs in the notebook's folder).
 *
 * @example
 * ```ts
 * import { setup } from "./params.ts";
 * const s = await setup({ study: "data/study.json", resamples: 200 });
 * if (s.options.resamples !== 200 || s.options.seed !== s.study.analysis.seed) throw new Error();
 * ```
 */
export async function setup(parameters: Partial<NotebookParameters> = {}): Promise<NotebookSetup> {
  const filled = { ...NOTEBOOK_PARAMETER_DEFAULTS, ...parameters };
  const loaded = await loadStudy(filled.study);
  const applied = applyParameters(filled.data ? { ...loaded, data: filled.data } : loaded, filled);
  const bytes = await readInputFile(applied.study.data, "ingest");
  return { parameters: filled, study: applied.study, bytes, options: applied.options };
}

/**
 * Applies parameters to a loaded study: `minAnsweredShare` replaces every instrument's
 * (a copy is returned; the input is not modified); `seed` and `resamples` override the
 * study's analysis settings. Throws a `DataError` (stage "options") for a share outside
 * (0, 1] or a seed or resample count that is not a non-negative integer.
 *
 * @example
 * ```ts
 * import { applyParameters } from "./params.ts";
 * import { loadStudy } from "../study/load.ts";
 * const { study, options } = applyParameters(await loadStudy("data/study.json"), {
 *   minAnsweredShare: 0.5,
 * });
 * if (study.instruments.some((i) => i.minAnsweredShare !== 0.5)) throw new Error("share");
 * if (options.resamples !== study.analysis.resamples) throw new Error("resamples");
 * ```
 */
export function applyParameters(
  study: Study,
  parameters: Partial<NotebookParameters>,
): { study: Study; options: { seed: number; resamples: number } } {
  const share = parameters.minAnsweredShare ?? null;
  if (share !== null && !(typeof share === "number" && share > 0 && share <= 1)) {
    _bad("minAnsweredShare", share, "a share in (0, 1], e.g. 0.8");
  }
  for (const name of ["seed", "resamples"] as const) {
    const value = parameters[name] ?? null;
    if (value !== null && !(Number.isInteger(value) && value >= 0)) {
      _bad(name, value, "a whole number, or null for the study's value");
    }
  }
  return {
    study: share === null ? study : {
      ...study,
      instruments: study.instruments.map((i) => ({ ...i, minAnsweredShare: share })),
    },
    options: {
      seed: parameters.seed ?? study.analysis.seed,
      resamples: parameters.resamples ?? study.analysis.resamples,
    },
  };
}

function _bad(name: string, value: unknown, expected: string): never {
  throw new DataError(`notebook parameter "${name}" is invalid`, {
    stage: "options",
    found: String(value),
    expected,
    hint: `change "${name}" in the notebook's parameters cell`,
  });
}
