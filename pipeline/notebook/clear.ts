/**
 * Clears notebooks for committing: no outputs, no execution counts, no execution
 * metadata, written in nbformat's layout (see normalise.ts). The notebook tests refuse a
 * committed notebook that this command would change.
 *
 *     deno run --allow-read=notebooks --allow-write=notebooks pipeline/notebook/clear.ts [FILE...]
 *
 * Without files, clears every notebook in `notebooks/`. Prints the files it changed.
 * @module
 */
import { listNotebooks, NOTEBOOKS_DIR } from "./export.ts";
import { clearNotebook, parseNotebook, serialiseNotebook } from "./normalise.ts";

/** The committed form of a notebook's text. */
export function clearedText(text: string, file = "notebook"): string {
  return serialiseNotebook(clearNotebook(parseNotebook(text, file)));
}

/** Clears each file in place; returns the files that changed. */
export async function clearFiles(files: string[]): Promise<string[]> {
  const changed: string[] = [];
  for (const file of files) {
    const text = await Deno.readTextFile(file);
    const cleared = clearedText(text, file);
    if (cleared !== text) {
      await Deno.writeTextFile(file, cleared);
      changed.push(file);
    }
  }
  return changed;
}

if (import.meta.main) {
  const files = Deno.args.length > 0
    ? Deno.args
    : (await listNotebooks()).map((name) => `${NOTEBOOKS_DIR}/${name}.ipynb`);
  for (const file of await clearFiles(files)) console.log(`cleared ${file}`);
}
