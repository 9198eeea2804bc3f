/**
 * Loading a study definition file (JSON; format in data/study.schema.json).
 * @module
 */
import { DataError } from "../errors.ts";
import { readInputFile } from "../io/read_input.ts";
import type { Study } from "./types.ts";
import { validateStudy } from "./validate.ts";

/**
 * Reads, parses and validates a study file. The data path in the file is resolved
 * against the study file's folder. Throws `DataError`/`DataErrors` (stage "study").
 *
 * @example
 * ```ts
 * import { loadStudy } from "./load.ts";
 * const study = await loadStudy("data/study.json");
 * if (study.model.x !== "rprs") throw new Error("unexpected model");
 * ```
 */
export async function loadStudy(path: string): Promise<Study> {
  const bytes = await readInputFile(path, "study");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DataError("the study file is not valid UTF-8 text", { stage: "study", file: path });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new DataError(`the study file is not valid JSON (${(error as Error).message})`, {
      stage: "study",
      file: path,
      hint: "check commas, quotes and brackets; an editor that knows data/study.schema.json helps",
    });
  }
  const study = validateStudy(raw, path);
  return { ...study, data: _resolveBeside(path, study.data) };
}

/** Resolves `target` relative to the folder of `file` (absolute targets stay as they are). */
function _resolveBeside(file: string, target: string): string {
  if (target.startsWith("/")) return target;
  const slash = file.lastIndexOf("/");
  return slash < 0 ? target : `${file.slice(0, slash + 1)}${target}`;
}
