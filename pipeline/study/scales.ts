/**
 * Lookups over a study's scales (instruments and their subscales).
 * @module
 */
import type { Instrument, Study } from "./types.ts";

/** Every scale id, each instrument followed by its subscales, in study order. */
export function scaleIds(study: Study): string[] {
  return study.instruments.flatMap((inst) => [inst.id, ...inst.subscales.map((s) => s.id)]);
}

/** The items and instrument of a scale id (instrument or subscale); RangeError if unknown. */
export function scaleItems(study: Study, id: string): { instrument: Instrument; items: string[] } {
  for (const instrument of study.instruments) {
    if (instrument.id === id) return { instrument, items: instrument.items };
    const sub = instrument.subscales.find((s) => s.id === id);
    if (sub) return { instrument, items: sub.items };
  }
  throw new RangeError(`unknown scale "${id}"`);
}
