/**
 * The peers of the benchmark: each runs as a child process on the same CSV file, times its
 * own repetitions (after loading its libraries and the data) and prints JSON with the
 * milliseconds of each. A peer that is not installed, or fails, is reported as not run with
 * the reason.
 * @module
 */
import { OUT } from "./data.ts";

/** What a peer run gives: repetition times, or why it did not run. */
export interface PeerRun {
  ms: number[];
  version: string | null;
  /** The peer's percentile interval of a·b (its own random draws), for a sanity check. */
  interval: [number, number] | null;
  notRun: string | null;
}

/** A peer: a name, the program and arguments, and the resamples it was run with. */
export interface Peer {
  name: string;
  command: string;
  args: string[];
  resamples: number;
}

/** Path of the compiled C loop. */
export const C_BINARY = `${OUT}/boot`;

/**
 * Compiles bench/peers/boot.c with the system `cc` (`-O3 -march=native -ffp-contract=off`:
 * the fastest build that keeps the engine's rounding, so its draws equal ours bit for bit).
 * Returns null on success, else the reason.
 */
export async function compileC(): Promise<string | null> {
  const args = ["-O3", "-march=native", "-ffp-contract=off", "-o", C_BINARY, "bench/peers/boot.c"];
  const result = await _run("cc", [...args, "-lm"]);
  return result.ok ? null : `cc failed: ${result.error}`;
}

/** The C loop: `reps` repetitions inside one process. */
export function cPeer(file: string, resamples: number, seed: number, reps: number): Peer {
  return {
    name: "C loop (cc -O3)",
    command: C_BINARY,
    args: [file, String(resamples), String(seed), String(reps)],
    resamples,
  };
}

/** Vectorised NumPy (`bench/peers/numpy_boot.py`), chunks of `chunk` resamples at once. */
export function numpyPeer(file: string, resamples: number, reps: number, chunk: number): Peer {
  return {
    name: "NumPy, vectorised",
    command: "/usr/bin/python3",
    args: ["bench/peers/numpy_boot.py", file, String(resamples), String(reps), String(chunk)],
    resamples,
  };
}

/** A Python loop refitting statsmodels OLS twice per resample. */
export function statsmodelsPeer(file: string, resamples: number, reps: number): Peer {
  return {
    name: "Python loop, statsmodels OLS",
    command: "/usr/bin/python3",
    args: ["bench/peers/statsmodels_boot.py", file, String(resamples), String(reps)],
    resamples,
  };
}

/** R `boot()` refitting `lm()` twice per resample, then `boot.ci(perc, bca)`. */
export function bootLmPeer(file: string, resamples: number, reps: number): Peer {
  return {
    name: "R boot + lm",
    command: "Rscript",
    args: ["bench/peers/boot_lm.R", file, String(resamples), String(reps)],
    resamples,
  };
}

/** R lavaan `sem(se = "bootstrap")` with a `:=` indirect effect. */
export function lavaanPeer(file: string, resamples: number, reps: number): Peer {
  return {
    name: 'R lavaan (se = "bootstrap")',
    command: "Rscript",
    args: ["bench/peers/lavaan_boot.R", file, String(resamples), String(reps)],
    resamples,
  };
}

/** Runs a peer and parses its JSON (`ms` or `totalMs`, `version`, `low`, `high`). */
export async function runPeer(peer: Peer): Promise<PeerRun> {
  const result = await _run(peer.command, peer.args);
  if (!result.ok) {
    return { ms: [], version: null, interval: null, notRun: result.error };
  }
  try {
    const json = JSON.parse(result.stdout.trim().split("\n").at(-1)!);
    const ms: number[] = json.totalMs ?? json.ms;
    const interval: [number, number] | null = typeof json.low === "number"
      ? [json.low, json.high]
      : null;
    return { ms: [ms].flat(), version: json.version ?? null, interval, notRun: null };
  } catch {
    return {
      ms: [],
      version: null,
      interval: null,
      notRun: `unreadable output: ${result.stdout.slice(0, 200)}`,
    };
  }
}

/** Raw JSON output of a peer (the C loop's check values), or null. */
export async function runJson(peer: Peer): Promise<Record<string, unknown> | null> {
  const result = await _run(peer.command, peer.args);
  if (!result.ok) return null;
  try {
    return JSON.parse(result.stdout.trim().split("\n").at(-1)!);
  } catch {
    return null;
  }
}

async function _run(
  command: string,
  args: string[],
): Promise<{ ok: boolean; stdout: string; error: string }> {
  try {
    const output = await new Deno.Command(command, { args, stdout: "piped", stderr: "piped" })
      .output();
    const stdout = new TextDecoder().decode(output.stdout);
    if (output.success) return { ok: true, stdout, error: "" };
    const stderr = new TextDecoder().decode(output.stderr).trim().split("\n");
    return { ok: false, stdout, error: _short(stderr.slice(-3).join(" ")) };
  } catch (error) {
    const reason = error instanceof Deno.errors.NotFound
      ? `${command} is not installed`
      : error instanceof Deno.errors.NotCapable || error instanceof Deno.errors.PermissionDenied
      ? `not allowed to run ${command} (--allow-run)`
      : (error as Error).message;
    return { ok: false, stdout: "", error: reason };
  }
}

function _short(text: string): string {
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}
