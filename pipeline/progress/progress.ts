/**
 * A progress bar for long work, on a terminal only: quiet when stderr is not a terminal
 * (pipes, files, CI, tests), and quiet for work that ends within about a second.
 * @module
 */

/** What long-running code reports to: how much of the work is done. */
export interface ProgressSink {
  /** `done` of `total` units finished (called often; cheap when nothing is drawn). */
  update(done: number, total: number): void;
}

/** A sink that draws a bar; `finish()` erases it. */
export interface ProgressBar extends ProgressSink {
  finish(): void;
}

/** Where and when the bar is drawn; every field has a default. */
export interface ProgressBarOptions {
  /** Output; default `Deno.stderr`. */
  stream?: { isTerminal(): boolean; writeSync(bytes: Uint8Array): number };
  /** Clock in milliseconds; default `performance.now`. */
  now?: () => number;
  /** The bar appears once the work has run this long, or earlier when it is projected to
   * take this long (after a quarter of it). Default 1000 ms. */
  delayMs?: number;
  /** Least time between two redraws. Default 100 ms. */
  intervalMs?: number;
  /** Characters of the bar itself. Default 24. */
  width?: number;
}

const DEFAULTS = { delayMs: 1000, intervalMs: 100, width: 24 };

/**
 * A bar `label [██████░░░░░░] 45% · 3 s left` redrawn in place on stderr, for work whose
 * progress is reported by `update(done, total)`. Nothing is written unless stderr is a
 * terminal and the work runs (or is projected to run) longer than `delayMs`; `finish()`
 * erases the line, so a finished command's output is the same with or without a terminal.
 *
 * @example
 * ```ts
 * import { progressBar } from "./progress.ts";
 * const written: string[] = [];
 * let t = 0;
 * const bar = progressBar("work", {
 *   stream: {
 *     isTerminal: () => true,
 *     writeSync: (b) => (written.push(new TextDecoder().decode(b)), b.length),
 *   },
 *   now: () => t,
 * });
 * for (let done = 0; done <= 10; done++, t += 300) bar.update(done, 10);
 * bar.finish();
 * if (!written.some((line) => line.includes("50%"))) throw new Error(written.join("|"));
 * ```
 */
export function progressBar(label: string, options: ProgressBarOptions = {}): ProgressBar {
  const stream = options.stream ?? Deno.stderr;
  let terminal = false;
  try {
    terminal = stream.isTerminal();
  } catch {
    terminal = false;
  }
  if (!terminal) return { update() {}, finish() {} };
  const now = options.now ?? (() => performance.now());
  const delayMs = options.delayMs ?? DEFAULTS.delayMs;
  const intervalMs = options.intervalMs ?? DEFAULTS.intervalMs;
  const width = options.width ?? DEFAULTS.width;
  const encoder = new TextEncoder();
  const start = now();
  let lastDraw = -Infinity, shown = false;
  const write = (text: string) => {
    try {
      stream.writeSync(encoder.encode(text));
    } catch {
      // A closed terminal is no reason to stop the work.
    }
  };
  return {
    update(done: number, total: number) {
      const t = now();
      if (t - lastDraw < intervalMs || !(total > 0)) return;
      const elapsed = t - start, share = Math.min(1, Math.max(0, done / total));
      const projected = share > 0 ? elapsed / share : Infinity;
      if (!shown && elapsed < delayMs && !(elapsed >= delayMs / 4 && projected >= delayMs)) {
        return;
      }
      if (share >= 1 && !shown) return;
      shown = true;
      lastDraw = t;
      write(`\r\x1b[2K${_line(label, share, projected - elapsed, width)}`);
    },
    finish() {
      if (shown) write("\r\x1b[2K");
      shown = false;
    },
  };
}

function _line(label: string, share: number, leftMs: number, width: number): string {
  const full = Math.round(share * width);
  const bar = "█".repeat(full) + "░".repeat(width - full);
  const left = Number.isFinite(leftMs) && share < 1 ? ` · ${_duration(leftMs)} left` : "";
  return `${label} [${bar}] ${Math.floor(share * 100)}%${left}`;
}

function _duration(ms: number): string {
  if (ms < 1000) return "<1 s";
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}
