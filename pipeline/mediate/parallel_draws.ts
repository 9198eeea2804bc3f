/**
 * The bootstrap's draws on a second core: a worker counts resample r + 1, r + 2, … while the
 * main thread sums resample r. The counts are those of the single-threaded engine, bit for
 * bit (the same stream, in the same order), so the results do not depend on whether a
 * worker ran.
 * @module
 */
import {
  drawBytes,
  type DrawJob,
  type DrawSlots,
  drawSlots,
  FREE,
  FULL,
  STARTED,
} from "./draw_slots.ts";

/** Slots in the ring: the worker may run this many resamples ahead. */
const SLOTS = 4;
/** How long to wait for the worker to start, and then for any resample (ms). */
const START_TIMEOUT = 10_000;
const RESAMPLE_TIMEOUT = 120_000;

/** The worker stopped delivering: the caller reruns single-threaded. */
export class ParallelDrawsFailed extends Error {}

/**
 * A running draw worker, or null from `start` when none can run (no `Worker`, one core, no
 * permission to read the worker's module, or it did not start in time).
 */
export class ParallelDraws {
  readonly #worker: Worker;
  readonly #slots: DrawSlots;
  readonly #mode: DrawJob["mode"];
  /** Mode "indices": this thread's counts and overflow list. */
  readonly #counts: Uint8Array;
  readonly #overflowList: number[] = [];

  private constructor(worker: Worker, slots: DrawSlots, mode: DrawJob["mode"], n: number) {
    this.#worker = worker;
    this.#slots = slots;
    this.#mode = mode;
    this.#counts = new Uint8Array(mode === "indices" ? n : 0);
  }

  /**
   * Starts a worker drawing `resamples` resamples of n rows from stream `seed`: their byte
   * counts (`mode` "counts"), or their indices, which `take` counts on this thread
   * ("indices": for a short weighted pass, it balances the two threads' work).
   */
  static start(
    n: number,
    resamples: number,
    seed: number,
    mode: DrawJob["mode"],
  ): ParallelDraws | null {
    const url = new URL("./draw_worker.ts", import.meta.url);
    if (!_workersAllowed(url)) return null;
    let worker: Worker;
    try {
      worker = new Worker(url.href, { type: "module" });
    } catch {
      return null;
    }
    const buffer = new SharedArrayBuffer(drawBytes(n, SLOTS, mode));
    const slots = drawSlots({ buffer, n, slots: SLOTS, mode });
    const job: DrawJob = { buffer, n, resamples, seed, slots: SLOTS, mode };
    worker.postMessage(job);
    if (Atomics.wait(slots.control, STARTED, 0, START_TIMEOUT) === "timed-out") {
      worker.terminate();
      return null;
    }
    return new ParallelDraws(worker, slots, mode, n);
  }

  /**
   * The counts and overflow list of resample r (in order, r = 0, 1, …). The caller must zero
   * the counts (as `WeightedCrossProducts.accumulate` does) and then `release(r)`.
   */
  take(r: number): { counts: Uint8Array; overflow: ArrayLike<number> } {
    const s = r % SLOTS, state = this.#slots.state;
    while (Atomics.load(state, s) !== FULL) {
      if (Atomics.wait(state, s, FREE, RESAMPLE_TIMEOUT) === "timed-out") {
        this.close();
        throw new ParallelDrawsFailed(`the draw worker stopped at resample ${r}`);
      }
    }
    if (this.#mode === "indices") {
      // Counted as countInto counts them, in draw order (so the same overflow list).
      const counts = this.#counts, overflow = this.#overflowList;
      overflow.length = 0;
      _count(this.#slots.indices[s], counts, overflow);
      this.#free(s);
      return { counts, overflow };
    }
    const length = this.#slots.overflowLength[s];
    return { counts: this.#slots.counts[s], overflow: this.#slots.overflow[s].subarray(0, length) };
  }

  /** Hands slot r back to the worker (mode "counts": its counts zeroed by the caller). */
  release(r: number): void {
    if (this.#mode === "counts") this.#free(r % SLOTS);
  }

  #free(s: number): void {
    Atomics.store(this.#slots.state, s, FREE);
    Atomics.notify(this.#slots.state, s);
  }

  close(): void {
    this.#worker.terminate();
  }
}

function _count(indices: Int32Array, counts: Uint8Array, overflow: number[]): void {
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k];
    if (++counts[i] === 256) overflow.push(i);
  }
}

function _workersAllowed(url: URL): boolean {
  if (typeof Worker !== "function" || (navigator.hardwareConcurrency ?? 1) < 2) return false;
  if (url.protocol !== "file:") return false;
  try {
    return Deno.permissions.querySync({ name: "read", path: url }).state === "granted";
  } catch {
    return false;
  }
}
