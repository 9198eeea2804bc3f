/**
 * The committed notebooks: no outputs or execution metadata, the Deno kernel, one marked
 * parameters cell at the top, the synthetic-data statement, imports only through the
 * pipeline's public API and the notebook helpers, a key-numbers cell last, and code that
 * type-checks. Runs without Jupyter.
 * @module
 */
import {
  cellSource,
  clearedText,
  KERNEL_NAME,
  listNotebooks,
  type Notebook,
  NOTEBOOK_PARAMETER_DEFAULTS,
  NOTEBOOKS_DIR,
  parseNotebook,
  setParameters,
} from "../../pipeline/notebook/mod.ts";

/** The notebooks the issue asks for, in order. */
const EXPECTED = [
  "00-overview",
  "01-ingest",
  "02-clean",
  "03-score",
  "04-correlate",
  "05-regress",
  "06-mediate",
  "07-report",
];
const ALLOWED_IMPORTS = new Set(["../pipeline/mod.ts", "../pipeline/notebook/mod.ts"]);
const PARAMETERS_MARK = "// Parameters — change and re-run";

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

const names = await listNotebooks();
const notebooks: Record<string, { text: string; nb: Notebook }> = {};
for (const name of names) {
  const text = await Deno.readTextFile(`${NOTEBOOKS_DIR}/${name}.ipynb`);
  notebooks[name] = { text, nb: parseNotebook(text, name) };
}
const codeCells = (nb: Notebook) => nb.cells.filter((c) => c.cell_type === "code");

Deno.test("notebooks/ holds exactly the stage notebooks 00-overview … 07-report", () => {
  assert(JSON.stringify(names) === JSON.stringify(EXPECTED), `found ${names.join(", ")}`);
});

for (const name of names) {
  const { text, nb } = notebooks[name];

  Deno.test(`${name}: committed without outputs, execution counts or execution metadata`, () => {
    for (const [i, cell] of nb.cells.entries()) {
      if (cell.cell_type !== "code") continue;
      assert(cell.outputs?.length === 0, `cell ${i} has outputs`);
      assert(cell.execution_count === null, `cell ${i} has an execution count`);
      assert(!("execution" in cell.metadata), `cell ${i} has execution metadata`);
    }
    assert(
      clearedText(text, name) === text,
      `${name}.ipynb is not in its committed form: run ` +
        "`deno run --allow-read=notebooks --allow-write=notebooks pipeline/notebook/clear.ts`",
    );
  });

  Deno.test(`${name}: nbformat 4.5 with unique cell ids, on the Deno kernel`, () => {
    assert(nb.nbformat === 4 && nb.nbformat_minor >= 5, "nbformat 4.5 or later");
    const ids = nb.cells.map((c) => c.id);
    assert(ids.every((id) => typeof id === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(id)), "ids");
    assert(new Set(ids).size === ids.length, "cell ids are unique");
    const spec = nb.metadata.kernelspec as Record<string, string>;
    assert(spec?.name === KERNEL_NAME && spec.language === "typescript", "kernelspec deno");
  });

  Deno.test(`${name}: one marked parameters cell, the first code cell, with every parameter`, () => {
    const tagged = codeCells(nb).filter((c) =>
      ((c.metadata.tags as string[] | undefined) ?? []).includes("parameters")
    );
    assert(tagged.length === 1, `${tagged.length} cells tagged "parameters"`);
    assert(codeCells(nb)[0] === tagged[0], "the parameters cell is the first code cell");
    assert(cellSource(tagged[0]).startsWith(PARAMETERS_MARK), `starts with "${PARAMETERS_MARK}"`);
    // setParameters throws if a parameter has no line of its own.
    setParameters(nb, { ...NOTEBOOK_PARAMETER_DEFAULTS });
  });

  Deno.test(`${name}: says in its first cell that the data are SYNTHETIC`, () => {
    const first = nb.cells[0];
    assert(first.cell_type === "markdown", "first cell is text");
    assert(cellSource(first).includes("SYNTHETIC"), "states that the data are SYNTHETIC");
  });

  Deno.test(`${name}: imports only the pipeline's API and the notebook helpers, no Deno.jupyter`, () => {
    for (const cell of codeCells(nb)) {
      const source = cellSource(cell);
      const specifiers = [...source.matchAll(/(?:from\s+|import\s*\(\s*)"([^"]+)"/g)].map((m) =>
        m[1]
      );
      for (const s of specifiers) assert(ALLOWED_IMPORTS.has(s), `imports "${s}"`);
      assert(!source.includes("Deno.jupyter"), "uses Deno.jupyter");
    }
  });

  Deno.test(`${name}: uses every name it imports`, () => {
    const code = codeCells(nb).map((c) => cellSource(c)).join("\n");
    const imports = [...code.matchAll(/import\s*\{([^}]*)\}\s*from\s*"[^"]*";?/g)];
    const rest = imports.reduce((text, m) => text.replace(m[0], ""), code);
    for (const m of imports) {
      for (const imported of m[1].split(",").map((n) => n.replace(/^\s*type\s+/, "").trim())) {
        if (imported === "") continue;
        assert(
          new RegExp(`\\b${imported}\\b`).test(rest),
          `"${imported}" is imported but not used`,
        );
      }
    }
  });

  Deno.test(`${name}: ends with a cell that shows its key numbers as JSON`, () => {
    const last = codeCells(nb).at(-1)!;
    assert(/^jsonOutput\(/m.test(cellSource(last)), "the last code cell calls jsonOutput()");
  });
}

Deno.test("the notebooks' code type-checks (every notebook as one module)", async () => {
  const dir = await Deno.makeTempDir({ prefix: "notebook-check-" });
  try {
    const root = new URL("../../", import.meta.url).href;
    const files: string[] = [];
    for (const name of names) {
      const code = codeCells(notebooks[name].nb).map((c) => cellSource(c)).join("\n;\n")
        .replaceAll('"../pipeline/', `"${root}pipeline/`);
      const file = `${dir}/${name.replace(/-/g, "_")}.ts`;
      await Deno.writeTextFile(file, `${code}\nexport {};\n`);
      files.push(file);
    }
    const config = new URL("../../deno.json", import.meta.url).pathname;
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["check", "--quiet", "--config", config, ...files],
      stdout: "piped",
      stderr: "piped",
    }).output();
    const message = new TextDecoder().decode(out.stderr).replaceAll(dir, "notebooks(concatenated)");
    assert(out.code === 0, `deno check failed:\n${message}`);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
