/** The progress bar: silent off a terminal and for short work; drawn, then erased, otherwise. */
import assert from "node:assert/strict";
import { progressBar } from "../../pipeline/progress/mod.ts";

/** A fake stream and clock: what was written, and a time the test moves. */
function fake(terminal: boolean) {
  const written: string[] = [];
  const clock = { t: 0 };
  const options = {
    stream: {
      isTerminal: () => terminal,
      writeSync: (bytes: Uint8Array) => {
        written.push(new TextDecoder().decode(bytes));
        return bytes.length;
      },
    },
    now: () => clock.t,
  };
  return { written, clock, options };
}

Deno.test("progressBar writes nothing when stderr is not a terminal", () => {
  const { written, clock, options } = fake(false);
  const bar = progressBar("bootstrap", options);
  for (let done = 0; done <= 100; done++, clock.t += 100) bar.update(done, 100);
  bar.finish();
  assert.deepEqual(written, []);
});

Deno.test("progressBar stays silent for work that ends within about a second", () => {
  const { written, clock, options } = fake(true);
  const bar = progressBar("bootstrap", options);
  for (let done = 0; done <= 100; done++, clock.t += 8) bar.update(done, 100); // 0.8 s
  bar.finish();
  assert.deepEqual(written, []);
});

Deno.test("progressBar draws long work in place (share, time left) and erases itself", () => {
  const { written, clock, options } = fake(true);
  const bar = progressBar("bootstrap", options);
  for (let done = 0; done <= 100; done++, clock.t += 50) bar.update(done, 100); // 5 s
  bar.finish();
  assert.ok(written.length > 5, "redrawn as the work advances");
  assert.ok(written.length < 60, "at most one redraw per 100 ms");
  assert.ok(written.slice(0, -1).every((line) => line.startsWith("\r\x1b[2Kbootstrap [")));
  assert.ok(written.some((line) => /\] 5\d% · 2 s left$/.test(line)), written.join("|"));
  assert.equal(written.at(-1), "\r\x1b[2K", "finish() erases the line");
});

Deno.test("progressBar shows early when the work is projected to take over a second", () => {
  const { written, clock, options } = fake(true);
  const bar = progressBar("work", options);
  clock.t = 300;
  bar.update(10, 100); // 10% in 0.3 s: about 3 s in all
  assert.equal(written.length, 1);
  assert.match(written[0], /work \[.*\] 10% · 3 s left/);
});
