/**
 * Reading a user's input file read-only, turning file-system failures into `DataError`s
 * that say what to do. Input files are only ever opened for reading.
 * @module
 */
import { DataError } from "../errors.ts";

/** Largest input file accepted (bytes); larger files are refused with a clear message. */
export const MAX_INPUT_BYTES = 4 * 1024 ** 3;

/** Reads `path` as bytes; missing files, folders and unreadable files become DataErrors. */
export async function readInputFile(path: string, stage: string): Promise<Uint8Array> {
  let info: Deno.FileInfo;
  try {
    info = await Deno.stat(path);
  } catch (error) {
    throw _fsError(error, path, stage);
  }
  if (info.isDirectory) {
    throw new DataError("is a folder, not a file", {
      stage,
      file: path,
      hint: "give the path of a file",
    });
  }
  if (info.size > MAX_INPUT_BYTES) {
    throw new DataError("file is too large", {
      stage,
      file: path,
      found: `${info.size} bytes`,
      expected: `at most ${MAX_INPUT_BYTES} bytes`,
    });
  }
  try {
    return await Deno.readFile(path);
  } catch (error) {
    throw _fsError(error, path, stage);
  }
}

function _fsError(error: unknown, path: string, stage: string): DataError {
  if (error instanceof Deno.errors.NotFound) {
    return new DataError("file not found", { stage, file: path, hint: "check the path" });
  }
  if (error instanceof Deno.errors.PermissionDenied || error instanceof Deno.errors.NotCapable) {
    return new DataError("not allowed to read this file", {
      stage,
      file: path,
      hint:
        "check the file's permissions, or run from the project folder (reads are limited to it)",
    });
  }
  return new DataError(`cannot read the file (${(error as Error).message})`, { stage, file: path });
}
