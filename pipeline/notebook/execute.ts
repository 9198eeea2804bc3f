/**
 * Executing notebooks on the Deno kernel, outside any notebook front end: finds Jupyter,
 * writes a project-local kernelspec for the running Deno binary into a temporary
 * JUPYTER_PATH, sets the notebook's parameters cell, and runs execute.py (see there why
 * not `nbconvert --execute`). The result is normalised (normalise.ts): no ANSI codes, no
 * execution metadata.
 *
 * Permissions: `deno jupyter --kernel` accepts no permission flags and runs the code of
 * every cell with all permissions (Deno 2.x), whatever the kernelspec says; run only
 * notebooks you trust, as with any Jupyter kernel.
 * @module
 */
import { absolute, fromFileUrl, relative, runCommand } from "./_command.ts";
import { NOTEBOOK_PARAMETER_DEFAULTS, type NotebookParameters } from "./params.ts";
import { cellSource, normaliseExecuted, type Notebook, parseNotebook } from "./normalise.ts";

/** Where Jupyter is: the `jupyter` command and the Python that runs it. */
export interface JupyterInstallation {
  jupyter: string;
  /** Command (and leading arguments) of the Python interpreter of `jupyter`. */
  python: string[];
}

/** Options of {@link executeNotebook}. */
export interface ExecuteOptions {
  /** Values for the notebook's parameters cell; unset ones stay as the cell has them. */
  parameters?: Partial<NotebookParameters>;
  /** Seconds each cell may run (and the kernel may take to start); default 300. */
  timeoutSeconds?: number;
  /** Default: {@link findJupyter}. */
  jupyter?: JupyterInstallation;
  /** A folder holding a kernelspec from {@link writeKernelSpec}; default a new
   * temporary one, removed afterwards. */
  jupyterPath?: string;
}

/** Raised when a notebook cell raises an error or the kernel fails. */
export class NotebookError extends Error {
  constructor(
    message: string,
    readonly notebook: string,
    readonly cell: number | null,
    /** The executed notebook up to the failing cell (null when the kernel failed). */
    readonly executed: Notebook | null,
  ) {
    super(message);
    this.name = "NotebookError";
  }
}

/** The comment that marks a parameter value set by {@link setParameters}. */
export const SET_NOTE = "set by the notebook runner";

/** The kernel name the notebooks declare (`metadata.kernelspec.name`). */
export const KERNEL_NAME = "deno";

const EXECUTOR = fromFileUrl(new URL("./execute.py", import.meta.url));

/**
 * Finds `jupyter` on PATH and the Python interpreter named by its `#!` line, and checks
 * that this Python has jupyter_client (to execute) and nbconvert (to export). Returns a
 * reason string when something is missing.
 */
export async function findJupyter(): Promise<JupyterInstallation | string> {
  const path = Deno.env.get("PATH") ?? "";
  let jupyter: string | null = null;
  for (const dir of path.split(":").filter((d) => d !== "")) {
    const candidate = `${dir}/jupyter`;
    const info = await Deno.stat(candidate).catch(() => null);
    if (info?.isFile && (info.mode ?? 0o111) & 0o111) {
      jupyter = candidate;
      break;
    }
  }
  if (!jupyter) return "no `jupyter` command on PATH";
  const head = new TextDecoder().decode((await Deno.readFile(jupyter)).subarray(0, 256));
  const shebang = head.startsWith("#!") ? head.slice(2).split("\n")[0].trim().split(/\s+/) : [];
  const python = shebang.length > 0 ? shebang : ["python3"];
  const probe = await runCommand(python[0], [
    ...python.slice(1),
    "-c",
    "import jupyter_client, nbconvert",
  ]);
  if (probe.code !== 0) {
    return `the Python of ${jupyter} (${
      python.join(" ")
    }) cannot import jupyter_client and nbconvert`;
  }
  return { jupyter, python };
}

/**
 * Writes a kernelspec named `deno` for the running Deno binary (`Deno.execPath()`) into
 * `<dir>/kernels/deno/kernel.json`, the layout `deno jupyter --install` uses under
 * `~/.local/share/jupyter`; put `dir` first on JUPYTER_PATH to use it. Its environment
 * sets NO_COLOR=1 (fewer colour codes in text outputs). Returns `dir`.
 */
export async function writeKernelSpec(dir: string, denoPath = Deno.execPath()): Promise<string> {
  const folder = `${dir}/kernels/${KERNEL_NAME}`;
  await Deno.mkdir(folder, { recursive: true });
  const spec = {
    argv: [denoPath, "jupyter", "--kernel", "--conn", "{connection_file}"],
    display_name: "Deno",
    language: "typescript",
    env: { NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" },
  };
  await Deno.writeTextFile(`${folder}/kernel.json`, JSON.stringify(spec, null, 2) + "\n");
  return dir;
}

/**
 * Sets the parameters cell (the code cell tagged `parameters`): each given parameter's
 * line `  name: value,` gets the new value as JSON, marked with a comment
 * ({@link SET_NOTE}). Throws a `TypeError` when the notebook
 * has no such cell or the cell no line for a given parameter. Returns a copy.
 *
 * @example
 * ```ts
 * import { setParameters } from "./execute.ts";
 * const nb = setParameters({
 *   nbformat: 4, nbformat_minor: 5, metadata: {},
 *   cells: [{ cell_type: "code", metadata: { tags: ["parameters"] }, outputs: [],
 *     execution_count: null, source: "const params = {\n  resamples: null,\n};\n" }],
 * }, { resamples: 500 });
 * if (!String(nb.cells[0].source).includes("  resamples: 500,")) throw new Error("set");
 * ```
 */
export function setParameters(nb: Notebook, parameters: Partial<NotebookParameters>): Notebook {
  const index = nb.cells.findIndex((c) =>
    c.cell_type === "code" &&
    ((c.metadata?.tags as string[] | undefined) ?? []).includes("parameters")
  );
  if (index < 0) throw new TypeError("the notebook has no code cell tagged `parameters`");
  let source = cellSource(nb.cells[index]);
  for (const [name, value] of Object.entries(parameters)) {
    if (value === undefined) continue;
    if (!(name in NOTEBOOK_PARAMETER_DEFAULTS)) throw new TypeError(`unknown parameter "${name}"`);
    const line = new RegExp(`^([ \\t]*${name}:[ \\t]*)[^\\n]*?(,?)([ \\t]*//[^\\n]*)?$`, "m");
    if (!line.test(source)) throw new TypeError(`the parameters cell has no line for "${name}"`);
    source = source.replace(
      line,
      (_, head, comma) => `${head}${JSON.stringify(value)}${comma} // ${SET_NOTE}`,
    );
  }
  const cells = nb.cells.slice();
  cells[index] = { ...cells[index], source };
  return { ...nb, cells };
}

/**
 * Executes the notebook at `path` in a fresh Deno kernel whose working folder is the
 * notebook's folder, and returns it with its outputs, normalised. Throws a
 * {@link NotebookError} when a cell raises or the kernel fails.
 */
export async function executeNotebook(
  path: string,
  options: ExecuteOptions = {},
): Promise<Notebook> {
  const jupyter = options.jupyter ?? await findJupyter();
  if (typeof jupyter === "string") {
    throw new NotebookError(`cannot execute: ${jupyter}`, path, null, null);
  }
  const timeout = options.timeoutSeconds ?? 300;
  const work = await Deno.makeTempDir({ prefix: "notebook-run-" });
  try {
    const jupyterPath = options.jupyterPath ?? await writeKernelSpec(`${work}/jupyter`);
    let nb = parseNotebook(await Deno.readTextFile(path), path);
    if (options.parameters) nb = setParameters(nb, _notebookPaths(options.parameters, path));
    await Deno.writeTextFile(`${work}/input.ipynb`, JSON.stringify(nb));
    const request = {
      input: `${work}/input.ipynb`,
      output: `${work}/output.ipynb`,
      cwd: _folder(path),
      kernel: KERNEL_NAME,
      timeout,
    };
    await Deno.writeTextFile(`${work}/request.json`, JSON.stringify(request));
    const run = await runCommand(jupyter.python[0], [
      ...jupyter.python.slice(1),
      EXECUTOR,
      `${work}/request.json`,
    ], {
      JUPYTER_PATH: [jupyterPath, Deno.env.get("JUPYTER_PATH")].filter(Boolean).join(":"),
      JUPYTER_RUNTIME_DIR: `${work}/runtime`,
      PYDEVD_DISABLE_FILE_VALIDATION: "1",
    });
    const status = _lastJsonLine(run.stdout);
    if (run.code === 2 || !status) {
      throw new NotebookError(
        `${path}: the kernel failed: ${
          status?.evalue ?? run.stderr.trim().split("\n").slice(-5).join("\n")
        }`,
        path,
        null,
        null,
      );
    }
    const executed = normaliseExecuted(
      parseNotebook(await Deno.readTextFile(request.output), path),
    );
    if (!status.ok) {
      const evalue = String(status.evalue ?? "");
      throw new NotebookError(
        `${path}: cell ${status.cell} raised ${status.ename}: ${evalue}`,
        path,
        status.cell as number,
        executed,
      );
    }
    return executed;
  } finally {
    await Deno.remove(work, { recursive: true }).catch(() => {});
  }
}

/** File paths given relative to the caller's folder become relative to the notebook's
 * folder (where its kernel runs), so the cell shows no machine-specific absolute path. */
function _notebookPaths(
  parameters: Partial<NotebookParameters>,
  notebook: string,
): Partial<NotebookParameters> {
  const out = { ...parameters };
  const folder = _folder(notebook);
  if (typeof out.study === "string") out.study = relative(folder, out.study);
  if (typeof out.data === "string") out.data = relative(folder, out.data);
  return out;
}

function _folder(path: string): string {
  const full = absolute(path);
  return full.slice(0, full.lastIndexOf("/"));
}

function _lastJsonLine(stdout: string): Record<string, unknown> | null {
  const line = stdout.trim().split("\n").pop() ?? "";
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}
