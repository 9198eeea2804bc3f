/**
 * The generative model compiled from a study definition: which latent variables exist,
 * how each is computed from the others plus fresh normal noise, how item responses are
 * cut from them, and how demographics are drawn. `drawParticipant` runs it for one
 * participant; the draw order is documented in ./mod.ts.
 * @module
 */
import { DataError } from "../errors.ts";
import type { Rng } from "../random/mod.ts";
import { scaleIds } from "../study/scales.ts";
import type { Study } from "../study/types.ts";
import { impliedByPaths, type PathCoefficients } from "./options.ts";

/** Fixed constants of the generative model (documented in ./mod.ts and data/README.md). */
export const MODEL_CONSTANTS = Object.freeze({
  /** Standardized loading of an item on its (sub)scale latent. */
  itemLoading: 0.75,
  /** Share of a subscale latent's variance due to its instrument latent. */
  subscaleShare: 0.7,
  /** Centre of the continuous response, as a share of the response range above its minimum. */
  centerShare: 0.7,
  /** SD of the continuous response, as a share of the response range. */
  spreadShare: 0.25,
  /** Ages drawn uniformly from this range (the study's abstract: "aged 20–60"). */
  age: Object.freeze({ min: 20, max: 60 }),
});

/** One latent variable: `Σ coef·latent[term.slot] + noise·nextNormal()`. */
export interface LatentStep {
  slot: number;
  terms: { slot: number; coef: number }[];
  noise: number;
}

/** How one item column is generated. */
export interface ItemSpec {
  column: string;
  /** Index of the instrument in the study. */
  instrument: number;
  /** Latent slot the item loads on (its first subscale, else its instrument). */
  slot: number;
  reversed: boolean;
  min: number;
  max: number;
  /** Response = clamp(floor(center + spread·z + 1/2)), z the item's standard normal score. */
  center: number;
  spread: number;
}

/** How one demographic column is generated. */
export type DemographicSpec =
  | { column: string; kind: "integer"; min: number; max: number }
  | { column: string; kind: "level"; levels: string[] };

/** Item columns whose injected problems are capped per participant, and the cap. */
export interface CapGroup {
  scale: string;
  items: number[];
  /** Most problem cells allowed so that the scale can still be scored. */
  cap: number;
}

/** The compiled model. */
export interface SimulationModel {
  /** Latent slots: every scale id (instrument, then its subscales), in study order. */
  slots: string[];
  /** Latent computations in draw order (one normal draw each). */
  steps: LatentStep[];
  /** Each slot as coefficients on the steps' independent normal draws (unit variance). */
  slotVectors: Float64Array[];
  items: ItemSpec[];
  demographics: DemographicSpec[];
  header: string[];
  capGroups: CapGroup[];
}

/**
 * Compiles `study` with latent `paths`. Throws `DataError` (stage "study") when the
 * study cannot be simulated: a model scale that is not a scale, two model scales on one
 * instrument, or a non-integer response range.
 */
export function compileModel(study: Study, paths: PathCoefficients): SimulationModel {
  const slots = scaleIds(study);
  const slotOf = new Map(slots.map((id, i) => [id, i]));
  const steps: LatentStep[] = [];
  const vectors: (Float64Array | null)[] = slots.map(() => null);
  const width = slots.length;
  const add = (slot: number, terms: { slot: number; coef: number }[]): void => {
    const vector = new Float64Array(width);
    for (const t of terms) {
      const source = vectors[t.slot]!;
      for (let k = 0; k < width; k++) vector[k] += t.coef * source[k];
    }
    let explained = 0;
    for (let k = 0; k < width; k++) explained += vector[k] * vector[k];
    // Noise tops the variance up to 1, so every latent is standardized.
    const noise = Math.sqrt(Math.max(0, 1 - explained));
    vector[steps.length] = noise;
    steps.push({ slot, terms, noise });
    vectors[slot] = vector;
  };

  // 1. The path model: X, each mediator, Y.
  const roles = _roles(study, slotOf);
  const { a, b, cPrime } = paths;
  add(roles.x, []);
  roles.m.forEach((m) => add(m, [{ slot: roles.x, coef: a }]));
  add(
    roles.y,
    roles.m.length > 0
      ? [{ slot: roles.x, coef: cPrime }, { slot: roles.m[0], coef: b }]
      : [{ slot: roles.x, coef: impliedByPaths(paths).xy }],
  );

  // 2. Instrument latents not set by the model, then subscale latents.
  const share = MODEL_CONSTANTS.subscaleShare;
  for (const instrument of study.instruments) {
    const t = slotOf.get(instrument.id)!;
    if (vectors[t] === null) {
      const roleSub = instrument.subscales.find((s) => vectors[slotOf.get(s.id)!] !== null);
      add(t, roleSub ? [{ slot: slotOf.get(roleSub.id)!, coef: Math.sqrt(share) }] : []);
    }
    for (const sub of instrument.subscales) {
      const s = slotOf.get(sub.id)!;
      if (vectors[s] === null) add(s, [{ slot: t, coef: Math.sqrt(share) }]);
    }
  }

  const items = _items(study, slotOf);
  return {
    slots,
    steps,
    slotVectors: vectors.map((v) => v!.slice(0, steps.length)),
    items,
    demographics: study.demographics.map(_demographic),
    header: [
      study.idColumn,
      ...items.map((i) => i.column),
      ...study.demographics.map((d) => d.column),
    ],
    capGroups: _capGroups(study, items),
  };
}

/**
 * Draws one participant: latents (one normal per step), then one normal per item, then
 * one `nextIndex` per demographic. Fills `responses` (as written, reverse-keyed items
 * reversed) and `demographics` (cell texts, unquoted).
 */
export function drawParticipant(
  model: SimulationModel,
  rng: Rng,
  latent: Float64Array,
  responses: Int32Array,
  demographics: string[],
): void {
  for (const step of model.steps) {
    let value = 0;
    for (const t of step.terms) value += t.coef * latent[t.slot];
    latent[step.slot] = value + step.noise * rng.nextNormal();
  }
  const loading = MODEL_CONSTANTS.itemLoading;
  const unique = Math.sqrt(1 - loading * loading);
  const items = model.items;
  for (let j = 0; j < items.length; j++) {
    const item = items[j];
    const z = loading * latent[item.slot] + unique * rng.nextNormal();
    const d = Math.min(
      item.max,
      Math.max(item.min, Math.floor(item.center + item.spread * z + 0.5)),
    );
    responses[j] = item.reversed ? item.min + item.max - d : d;
  }
  const demo = model.demographics;
  for (let k = 0; k < demo.length; k++) {
    const spec = demo[k];
    demographics[k] = spec.kind === "integer"
      ? String(spec.min + rng.nextIndex(spec.max - spec.min + 1))
      : spec.levels[rng.nextIndex(spec.levels.length)];
  }
}

/**
 * Thresholds on the item's standard normal score z between consecutive responses:
 * response > min + t − 1 exactly when z ≥ (min + t − 1/2 − center)/spread, t = 1..K−1.
 */
export function itemThresholds(item: ItemSpec): number[] {
  const out: number[] = [];
  for (let t = 1; t <= item.max - item.min; t++) {
    out.push((item.min + t - 0.5 - item.center) / item.spread);
  }
  return out;
}

function _roles(study: Study, slotOf: Map<string, number>): { x: number; m: number[]; y: number } {
  const { x, m, y } = study.model;
  const hosts = new Map<string, string>();
  const resolve = (id: string, role: string): number => {
    const slot = slotOf.get(id);
    const instrument = study.instruments.find((i) =>
      i.id === id || i.subscales.some((s) => s.id === id)
    );
    if (slot === undefined || !instrument) {
      throw new DataError(`model ${role} "${id}" is not a scale of the study`, {
        stage: "study",
        file: study.file,
        hint: "name an instrument or subscale id",
      });
    }
    const other = hosts.get(instrument.id);
    if (other !== undefined) {
      throw new DataError(
        `the simulator needs the model's scales on different instruments, but "${other}" and ` +
          `"${id}" are both on "${instrument.id}"`,
        { stage: "study", file: study.file },
      );
    }
    hosts.set(instrument.id, id);
    return slot;
  };
  return {
    x: resolve(x, "x"),
    m: m.map((id, i) => resolve(id, `m[${i}]`)),
    y: resolve(y, "y"),
  };
}

function _items(study: Study, slotOf: Map<string, number>): ItemSpec[] {
  const out: ItemSpec[] = [];
  study.instruments.forEach((instrument, index) => {
    const { min, max } = instrument.responseRange;
    if (!Number.isInteger(min) || !Number.isInteger(max) || min > max) {
      throw new DataError(`instrument "${instrument.id}" needs an integer response range`, {
        stage: "study",
        file: study.file,
        found: `${min}–${max}`,
        expected: "integers min ≤ max",
      });
    }
    const range = max - min;
    for (const column of instrument.items) {
      const sub = instrument.subscales.find((s) => s.items.includes(column));
      out.push({
        column,
        instrument: index,
        slot: slotOf.get(sub ? sub.id : instrument.id)!,
        reversed: instrument.reverse.includes(column),
        min,
        max,
        center: min + MODEL_CONSTANTS.centerShare * range,
        // A one-point range has no spread; 1 avoids dividing by zero in the thresholds.
        spread: range > 0 ? MODEL_CONSTANTS.spreadShare * range : 1,
      });
    }
  });
  return out;
}

function _demographic(d: Study["demographics"][number]): DemographicSpec {
  if (d.type === "categorical") return { column: d.column, kind: "level", levels: d.levels };
  let min = d.range ? Math.ceil(d.range.min) : 0;
  let max = d.range ? Math.floor(d.range.max) : 100;
  if (d.column === "age") {
    const lo = Math.max(min, MODEL_CONSTANTS.age.min), hi = Math.min(max, MODEL_CONSTANTS.age.max);
    if (lo <= hi) [min, max] = [lo, hi];
  }
  if (min > max) min = max = Math.round(d.range!.min);
  return { column: d.column, kind: "integer", min, max };
}

function _capGroups(study: Study, items: ItemSpec[]): CapGroup[] {
  const indexOf = new Map(items.map((item, j) => [item.column, j]));
  const groups: CapGroup[] = [];
  const add = (scale: string, columns: string[], share: number): void => {
    // Same arithmetic as the cleaner: answered ≥ share·k keeps the participant.
    groups.push({
      scale,
      items: columns.map((c) => indexOf.get(c)!),
      cap: columns.length - Math.ceil(share * columns.length),
    });
  };
  for (const instrument of study.instruments) {
    add(instrument.id, instrument.items, instrument.minAnsweredShare);
  }
  for (const id of [study.model.x, ...study.model.m, study.model.y]) {
    for (const instrument of study.instruments) {
      const sub = instrument.subscales.find((s) => s.id === id);
      if (sub) add(sub.id, sub.items, instrument.minAnsweredShare);
    }
  }
  return groups;
}
