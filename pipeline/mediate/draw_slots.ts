/**
 * Shared memory between the main thread and the draw worker: a ring of slots, each holding
 * one resample's byte counts and overflow list, and a state word per slot (FREE: the worker
 * may fill it; FULL: the main thread may sum it).
 * @module
 */

/**
 * What the worker is asked to draw: the byte counts of each resample ("counts"), or its n
 * row indices in draw order ("indices", for the main thread to count: it then shares the
 * work more evenly when the weighted pass is short).
 */
export interface DrawJob {
  buffer: SharedArrayBuffer;
  n: number;
  resamples: number;
  seed: number;
  slots: number;
  mode: "counts" | "indices";
}

/** Index of the "worker started" word in `control`. */
export const STARTED = 0;
export const FREE = 0;
export const FULL = 1;

/** Typed views of a job's shared buffer. */
export interface DrawSlots {
  /** control[STARTED] = 1 once the worker runs. */
  control: Int32Array;
  /** FREE or FULL, one word per slot. */
  state: Int32Array;
  overflowLength: Int32Array;
  counts: Uint8Array[];
  overflow: Int32Array[];
  /** Mode "indices" only (else empty). */
  indices: Int32Array[];
}

/**
 * Bytes of shared memory a job needs: per slot, n counts and ⌊n / 256⌋ + 1 overflow entries
 * (mode "counts") or n indices (mode "indices").
 */
export function drawBytes(n: number, slots: number, mode: DrawJob["mode"]): number {
  const slot = mode === "counts" ? 4 * _capacity(n) + n : 4 * n;
  return 4 * (1 + 2 * slots) + slots * slot;
}

/** The views of `job.buffer` (laid out as `drawBytes` counts it). */
export function drawSlots(job: Omit<DrawJob, "resamples" | "seed">): DrawSlots {
  const { buffer, n, slots } = job;
  let at = 0;
  const control = new Int32Array(buffer, at, 1);
  at += 4;
  const state = new Int32Array(buffer, at, slots);
  at += 4 * slots;
  const overflowLength = new Int32Array(buffer, at, slots);
  at += 4 * slots;
  if (job.mode === "indices") {
    const indices = Array.from({ length: slots }, (_, s) => {
      return new Int32Array(buffer, at + 4 * n * s, n);
    });
    return { control, state, overflowLength, counts: [], overflow: [], indices };
  }
  const capacity = _capacity(n);
  const overflow = Array.from({ length: slots }, (_, s) => {
    return new Int32Array(buffer, at + 4 * capacity * s, capacity);
  });
  at += 4 * capacity * slots;
  const counts = Array.from({ length: slots }, (_, s) => new Uint8Array(buffer, at + n * s, n));
  return { control, state, overflowLength, counts, overflow, indices: [] };
}

/** n draws wrap a byte counter at most ⌊n / 256⌋ times. */
function _capacity(n: number): number {
  return Math.floor(n / 256) + 1;
}
