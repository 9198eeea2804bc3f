/**
 * Defaults and validation of {@link SensitivityOptions}, and medsens's ρ grid.
 * @module
 */
import { DataError } from "../errors.ts";
import type { SensitivityOptions } from "./types.ts";

/** The options with every default filled in. */
export type ResolvedSensitivityOptions = Required<SensitivityOptions>;

/** Defaults: a ρ grid in steps of 0.01 and 95% intervals. */
export const SENSITIVITY_DEFAULTS: Readonly<ResolvedSensitivityOptions> = Object.freeze({
  rhoStep: 0.01,
  confLevel: 0.95,
});

/** Smallest ρ step accepted (a grid of 19,999 values). */
export const MIN_RHO_STEP = 1e-4;

/**
 * Fills in the defaults and checks every option; a bad value is a `DataError` (stage
 * "options"): rhoStep must lie in [1e-4, 1), confLevel in (0, 1).
 *
 * @example
 * ```ts
 * import { resolveSensitivityOptions } from "./options.ts";
 * const o = resolveSensitivityOptions({ rhoStep: 0.1 });
 * if (o.rhoStep !== 0.1 || o.confLevel !== 0.95) throw new Error();
 * ```
 */
export function resolveSensitivityOptions(
  options: SensitivityOptions = {},
): ResolvedSensitivityOptions {
  const o: ResolvedSensitivityOptions = {
    rhoStep: options.rhoStep ?? SENSITIVITY_DEFAULTS.rhoStep,
    confLevel: options.confLevel ?? SENSITIVITY_DEFAULTS.confLevel,
  };
  if (!(o.rhoStep >= MIN_RHO_STEP && o.rhoStep < 1)) {
    _bad("rhoStep", o.rhoStep, `a number from ${MIN_RHO_STEP} up to (not including) 1, e.g. 0.01`);
  }
  if (!(o.confLevel > 0 && o.confLevel < 1)) {
    _bad("confLevel", o.confLevel, "a number strictly between 0 and 1, e.g. 0.95");
  }
  return o;
}

/**
 * medsens's grid `seq(-1 + step, 1 - step, step)`, computed as R's `seq.default` does
 * (k = ⌊(to − from)/step + 1e-10⌋; from + (0…k)·step, capped at `to`), so every ρ equals
 * R's bit for bit.
 *
 * @example
 * ```ts
 * import { rhoGrid } from "./options.ts";
 * const g = rhoGrid(0.5);
 * if (g.join() !== "-0.5,0,0.5") throw new Error(g.join());
 * ```
 */
export function rhoGrid(step: number): Float64Array {
  const from = -1 + step;
  const to = 1 - step;
  const count = Math.trunc((to - from) / step + 1e-10);
  const grid = new Float64Array(count + 1);
  for (let i = 0; i <= count; i++) grid[i] = Math.min(from + i * step, to);
  return grid;
}

function _bad(name: string, value: unknown, expected: string): never {
  throw new DataError(`sensitivity option "${name}" is invalid`, {
    stage: "options",
    found: String(value),
    expected,
    hint: `give "${name}" as ${expected}`,
  });
}
