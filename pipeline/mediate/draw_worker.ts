/**
 * The draw worker of `ParallelDraws`: counts the row multiplicities of resample after
 * resample (`MersenneDraws.countInto`, the engine's own stream), or writes its row indices
 * (`indicesInto`), into slots of shared memory, while the main thread sums the previous ones. It imports only mersenne.ts, so it starts in
 * a few milliseconds.
 * @module
 */
import { MersenneDraws } from "./mersenne.ts";
import { type DrawJob, drawSlots, FREE, FULL, STARTED } from "./draw_slots.ts";

// deno-lint-ignore no-explicit-any
const scope = self as any;

scope.onmessage = (event: MessageEvent<DrawJob>) => {
  const job = event.data;
  const slots = drawSlots(job);
  const stream = new MersenneDraws(job.seed);
  const overflow: number[] = [];
  Atomics.store(slots.control, STARTED, 1);
  Atomics.notify(slots.control, STARTED);
  for (let r = 0; r < job.resamples; r++) {
    const s = r % job.slots;
    // Wait until the main thread has summed (and zeroed) this slot's previous resample.
    while (Atomics.load(slots.state, s) !== FREE) Atomics.wait(slots.state, s, FULL);
    if (job.mode === "indices") {
      stream.indicesInto(slots.indices[s], job.n);
    } else {
      overflow.length = 0;
      stream.countInto(slots.counts[s], job.n, overflow);
      slots.overflow[s].set(overflow);
      slots.overflowLength[s] = overflow.length;
    }
    Atomics.store(slots.state, s, FULL);
    Atomics.notify(slots.state, s);
  }
  scope.close();
};
