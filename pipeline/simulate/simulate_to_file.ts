/**
 * Writing a simulated data file atomically.
 * @module
 */
import type { Study } from "../study/types.ts";
import type { SimulateOptions } from "./options.ts";
import { simulateCsv } from "./simulate_csv.ts";
import type { SimulationSummary } from "./types.ts";

/**
 * Simulates `study` into the file `path`: the rows stream into a temporary file in the
 * same folder (`.<name>.<pid>.tmp`), which is renamed onto `path` only when complete, so
 * readers never see a half-written file and an interrupted run leaves the old file in
 * place. Creates the folder if needed. File-system errors propagate (the temporary file
 * is removed first).
 *
 * @example
 * ```ts
 * import { simulateToFile } from "./simulate_to_file.ts";
 * import { loadStudy } from "../study/mod.ts";
 * const study = await loadStudy("data/study.json");
 * const dir = await Deno.makeTempDir();
 * const summary = await simulateToFile(study, { n: 10 }, `${dir}/sim.csv`);
 * const text = await Deno.readTextFile(`${dir}/sim.csv`);
 * if (text.split("\n").length !== summary.lines + 1) throw new Error("line count");
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function simulateToFile(
  study: Study,
  options: SimulateOptions,
  path: string,
): Promise<SimulationSummary> {
  const slash = path.lastIndexOf("/");
  const dir = slash < 0 ? "." : path.slice(0, slash) || "/";
  const temporary = `${dir}/.${path.slice(slash + 1)}.${Deno.pid}.tmp`;
  if (slash > 0) await Deno.mkdir(dir, { recursive: true });
  const file = await Deno.open(temporary, {
    write: true,
    create: true,
    truncate: true,
    mode: 0o644,
  });
  const encoder = new TextEncoder();
  let summary: SimulationSummary;
  try {
    summary = await simulateCsv(study, options, async (chunk) => {
      const bytes = encoder.encode(chunk);
      let written = 0;
      while (written < bytes.length) written += await file.write(bytes.subarray(written));
    });
    await file.sync();
  } catch (error) {
    file.close();
    await Deno.remove(temporary).catch(() => {});
    throw error;
  }
  file.close();
  try {
    await Deno.rename(temporary, path);
  } catch (error) {
    await Deno.remove(temporary).catch(() => {});
    throw error;
  }
  return summary;
}
