/**
 * Exporting the notebooks to HTML for a report version: each notebook is executed on
 * the Deno kernel (execute.ts), normalised (no ANSI colour codes, no execution
 * metadata or timestamps) and converted by `jupyter nbconvert --to html` with the
 * template in nbconvert/report/ (no scripts, a small stylesheet, charts as SVG images):
 * one self-contained, offline file per notebook. Two exports of the same inputs are
 * byte-identical (a test checks it).
 *
 * Command line (writes `<out>/<name>.html`, prints the links as JSON):
 *
 *     deno run -A pipeline/notebook/export.ts OUT_DIR [--resamples N] [--seed N]
 *         [--min-answered-share X] [--study FILE] [--data FILE] [--executed]
 * @module
 */
import { absolute, fromFileUrl, runCommand } from "./_command.ts";
import {
  executeNotebook,
  type ExecuteOptions,
  findJupyter,
  type JupyterInstallation,
  NotebookError,
  writeKernelSpec,
} from "./execute.ts";
import { serialiseNotebook } from "./normalise.ts";
import type { NotebookParameters } from "./params.ts";

/** A notebook's HTML export, relative to the report that links it. */
export interface NotebookLink {
  /** File name without extension, e.g. "03-score". */
  name: string;
  href: string;
}

/** Options of {@link exportNotebooks}. */
export interface ExportOptions {
  /** Values for every notebook's parameters cell (e.g. the run's study, seed, resamples). */
  parameters?: Partial<NotebookParameters>;
  /** Names (without `.ipynb`) to export, in order; default every notebook of the folder,
   * sorted by name. */
  notebooks?: string[];
  /** Default: the repository's `notebooks/` folder. */
  notebooksDir?: string;
  /** Prefix of each `href`, e.g. "notebooks/"; default "". */
  hrefPrefix?: string;
  /** Notebooks executed at once; default 2. */
  concurrency?: number;
  /** Also write the executed notebooks as `<name>.ipynb`; default false. */
  executed?: boolean;
  /** Seconds each cell may run; default 300. */
  timeoutSeconds?: number;
  /** Default: {@link findJupyter}. */
  jupyter?: JupyterInstallation;
}

/** The nbconvert template "report" (see nbconvert/report/index.html.j2). */
const TEMPLATES_DIR = fromFileUrl(new URL("./nbconvert", import.meta.url));

/** The repository's notebooks folder. */
export const NOTEBOOKS_DIR = fromFileUrl(new URL("../../notebooks", import.meta.url));

/**
 * Executes the notebooks and writes `<outDir>/<name>.html` for each (and `<name>.ipynb`
 * with `executed`). Throws a `NotebookError` when Jupyter is missing, a cell raises, or
 * nbconvert fails; then nothing is written to `outDir`.
 */
export async function exportNotebooks(
  outDir: string,
  options: ExportOptions = {},
): Promise<NotebookLink[]> {
  const jupyter = options.jupyter ?? await findJupyter();
  if (typeof jupyter === "string") {
    throw new NotebookError(`cannot export notebooks: ${jupyter}`, "", null, null);
  }
  const dir = options.notebooksDir ?? NOTEBOOKS_DIR;
  const names = options.notebooks ?? await listNotebooks(dir);
  const work = await Deno.makeTempDir({ prefix: "notebook-export-" });
  try {
    const execute: ExecuteOptions = {
      parameters: options.parameters,
      timeoutSeconds: options.timeoutSeconds,
      jupyter,
      jupyterPath: await writeKernelSpec(`${work}/jupyter`),
    };
    await Deno.mkdir(`${work}/executed`);
    await _pool(names, options.concurrency ?? 2, async (name) => {
      const nb = await executeNotebook(`${dir}/${name}.ipynb`, execute);
      await Deno.writeTextFile(`${work}/executed/${name}.ipynb`, serialiseNotebook(nb));
    });
    const converted = await runCommand(jupyter.jupyter, [
      "nbconvert",
      "--to",
      "html",
      "--log-level=WARN",
      `--TemplateExporter.extra_template_basedirs=${TEMPLATES_DIR}`,
      "--template",
      "report",
      "--output-dir",
      `${work}/html`,
      ...names.map((name) => `${work}/executed/${name}.ipynb`),
    ], { PYDEVD_DISABLE_FILE_VALIDATION: "1" });
    if (converted.code !== 0) {
      throw new NotebookError(`nbconvert failed: ${converted.stderr.trim()}`, "", null, null);
    }
    await Deno.mkdir(outDir, { recursive: true });
    for (const name of names) {
      await Deno.copyFile(`${work}/html/${name}.html`, `${outDir}/${name}.html`);
      if (options.executed) {
        await Deno.copyFile(`${work}/executed/${name}.ipynb`, `${outDir}/${name}.ipynb`);
      }
    }
    return names.map((name) => ({ name, href: `${options.hrefPrefix ?? ""}${name}.html` }));
  } finally {
    await Deno.remove(work, { recursive: true }).catch(() => {});
  }
}

/** Names (without `.ipynb`) of the notebooks in `dir`, sorted; files starting with "_" or
 * "." are skipped. */
export async function listNotebooks(dir: string = NOTEBOOKS_DIR): Promise<string[]> {
  const names: string[] = [];
  for await (const entry of Deno.readDir(dir)) {
    if (entry.isFile && entry.name.endsWith(".ipynb") && !/^[._]/.test(entry.name)) {
      names.push(entry.name.slice(0, -".ipynb".length));
    }
  }
  return names.sort();
}

/** Runs `task` on every item, at most `limit` at once; the first failure is thrown after
 * the running tasks settle. */
async function _pool<T>(
  items: T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failure: unknown = null;
  const worker = async () => {
    while (next < items.length && failure === null) {
      const item = items[next++];
      try {
        await task(item);
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure !== null) throw failure;
}

if (import.meta.main) {
  const args = [...Deno.args];
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i < 0 ? undefined : args.splice(i, 2)[1];
  };
  const number = (name: string) => {
    const v = flag(name);
    return v === undefined ? undefined : Number(v);
  };
  const executed = args.includes("--executed");
  const parameters: Partial<NotebookParameters> = {
    resamples: number("--resamples"),
    seed: number("--seed"),
    minAnsweredShare: number("--min-answered-share"),
    study: flag("--study"),
    data: flag("--data"),
  };
  const rest = args.filter((a) => a !== "--executed");
  if (rest.length !== 1 || rest[0].startsWith("-")) {
    console.error(
      "usage: export.ts OUT_DIR [--resamples N] [--seed N] [--min-answered-share X] " +
        "[--study FILE] [--data FILE] [--executed]",
    );
    Deno.exit(2);
  }
  try {
    const links = await exportNotebooks(absolute(rest[0]), { parameters, executed });
    console.log(JSON.stringify(links, null, 2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    Deno.exit(1);
  }
}
