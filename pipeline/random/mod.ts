/**
 * Seeded random numbers for the whole pipeline (MT19937 via `pure-rand`).
 * @module
 */
export { createRng } from "./rng.ts";
export type { Rng } from "./rng.ts";
