/**
 * Executes the notebooks on the Deno kernel (through `exportNotebooks`, as a report
 * version does) and checks: no cell raises; the key numbers each notebook shows equal
 * results.json of `analyse()` run here on the same inputs and options; the exports hold no
 * ANSI codes, execution metadata or scripts; two exports are byte-identical; a parameter
 * changed in the parameters cell reaches the pipeline; a failing cell is reported.
 *
 * Needs Jupyter (`jupyter` on PATH, with jupyter_client and nbconvert; .ci/install-debian.sh
 * installs them). Without it these tests are listed as ignored, with the reason in the name.
 *
 * Runtime: every notebook runs with the study's own settings (10,000 bootstrap resamples);
 * the whole file takes about half a minute on two cores.
 * @module
 */
import { analyse, type AuditEntry } from "../../pipeline/mod.ts";
import {
  executeNotebook,
  exportNotebooks,
  findJupyter,
  listNotebooks,
  type Notebook,
  NotebookError,
  type NotebookParameters,
  NOTEBOOKS_DIR,
  parseNotebook,
  setup,
  stripAnsi,
} from "../../pipeline/notebook/mod.ts";
import { keyEstimates } from "../../pipeline/report/mod.ts";

/** The shipped study with its own settings (10,000 resamples): the run takes seconds, so the
 * tests need no shortcut. The path is given from the project folder, as a caller would. */
const PARAMETERS: Partial<NotebookParameters> = { study: "data/study.json" };

/** What each notebook must show (top-level keys of its key numbers); "all" = every row of
 * results.json, "some" = a subset of its rows. */
const REQUIRED: Record<string, Record<string, "all" | "some" | "value">> = {
  "00-overview": {
    settings: "value",
    sample: "value",
    correlations: "some",
    regressions: "all",
    mediation: "all",
  },
  "01-ingest": { sample: "value", raw: "value" },
  "02-clean": { sample: "value", auditByRule: "value" },
  "03-score": { scales: "all" },
  "04-correlate": { correlations: "all" },
  "05-regress": { regressions: "all" },
  "06-mediate": { mediation: "all", sensitivity: "all" },
  "07-report": { sample: "value", keyEstimates: "value" },
};

/** Fields that identify a row of results.json, tried in order. */
const IDENTITY = [["model"], ["scale"], ["x", "y"], ["term"], ["effect", "method"], ["reason"]];

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Every value in `actual` equals (===) the value at the same place in `expected`; rows of
 * arrays are matched by their identity fields, else by position. */
function assertSubset(actual: unknown, expected: unknown, path: string): void {
  if (Array.isArray(actual)) {
    assert(Array.isArray(expected), `${path}: expected no array`);
    actual.forEach((row, i) => {
      const keys = IDENTITY.find((k) => row && typeof row === "object" && k.every((f) => f in row));
      const match = keys
        ? expected.find((e) => keys.every((f) => e?.[f] === (row as Record<string, unknown>)[f]))
        : expected[i];
      const id = keys ? keys.map((f) => (row as Record<string, unknown>)[f]).join("/") : i;
      assert(match !== undefined, `${path}[${id}]: no such row in results.json`);
      assertSubset(row, match, `${path}[${id}]`);
    });
  } else if (actual !== null && typeof actual === "object") {
    assert(expected !== null && typeof expected === "object", `${path}: expected no object`);
    for (const [key, value] of Object.entries(actual)) {
      assert(key in (expected as object), `${path}.${key}: not in results.json`);
      assertSubset(value, (expected as Record<string, unknown>)[key], `${path}.${key}`);
    }
  } else {
    assert(actual === expected, `${path}: notebook shows ${actual}, results.json has ${expected}`);
  }
}

/** The key numbers a notebook shows: the JSON output of its last code cell. */
function keyNumbers(nb: Notebook): Record<string, unknown> {
  const last = nb.cells.filter((c) => c.cell_type === "code").at(-1)!;
  const out = last.outputs?.find((o) => o.data && "application/json" in o.data);
  assert(out, "the last code cell shows no application/json output");
  return out.data!["application/json"] as Record<string, unknown>;
}

function errors(nb: Notebook): string[] {
  return nb.cells.flatMap((c, i) =>
    (c.outputs ?? []).filter((o) => o.output_type === "error").map((o) =>
      `cell ${i}: ${o.ename}: ${o.evalue}`
    )
  );
}

function countRules(audit: AuditEntry[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const entry of audit) counts[entry.rule] = (counts[entry.rule] ?? 0) + 1;
  return counts;
}

async function expectedFor(parameters: Partial<NotebookParameters>) {
  const s = await setup(parameters);
  const analysis = await analyse(s.study, s.bytes, s.options);
  const r = analysis.results;
  return {
    settings: r.settings,
    sample: r.sample,
    scales: r.scales,
    correlations: r.correlations,
    regressions: r.regressions,
    mediation: r.mediation,
    sensitivity: r.sensitivity,
    raw: { nColumns: analysis.raw.columns.length, sha256: analysis.raw.sha256 },
    auditByRule: countRules(analysis.figures.audit),
    keyEstimates: keyEstimates(r),
  };
}

const jupyter = await findJupyter();

if (typeof jupyter === "string") {
  Deno.test({
    name: `notebook execution and export: SKIPPED because Jupyter is not available (${jupyter}); ` +
      "run .ci/install-debian.sh",
    ignore: true,
    fn() {},
  });
} else {
  const names = await listNotebooks();
  const work = await Deno.makeTempDir({ prefix: "notebook-test-" });
  globalThis.addEventListener("unload", () => Deno.removeSync(work, { recursive: true }));
  let first: Promise<Record<string, Notebook>> | null = null;
  /** The first export (run once, shared by the tests below). */
  const exported = () =>
    first ??= exportNotebooks(`${work}/a`, { parameters: PARAMETERS, executed: true, jupyter })
      .then(async (links) => {
        assert(
          JSON.stringify(links.map((l) => l.name)) === JSON.stringify(names),
          "one link per notebook, in order",
        );
        const out: Record<string, Notebook> = {};
        for (const name of names) {
          out[name] = parseNotebook(await Deno.readTextFile(`${work}/a/${name}.ipynb`), name);
        }
        return out;
      });
  let expected: ReturnType<typeof expectedFor> | null = null;

  Deno.test("exportNotebooks() runs every notebook without an error and writes one HTML file each", async () => {
    const executed = await exported();
    for (const name of names) {
      assert(errors(executed[name]).length === 0, `${name}: ${errors(executed[name]).join("; ")}`);
      const code = executed[name].cells.filter((c) => c.cell_type === "code");
      assert(code.every((c) => c.execution_count !== null), `${name}: a cell did not run`);
      const html = await Deno.readTextFile(`${work}/a/${name}.html`);
      assert(html.startsWith("<!DOCTYPE html>") && html.includes("SYNTHETIC"), `${name}.html`);
    }
  });

  for (const name of names) {
    Deno.test(`${name}: the key numbers it shows equal results.json of analyse() on the same inputs`, async () => {
      const shown = keyNumbers((await exported())[name]);
      const results = await (expected ??= expectedFor(PARAMETERS)) as Record<string, unknown>;
      const required = REQUIRED[name];
      assert(required, `no key numbers are defined for ${name} in this test`);
      for (const [key, kind] of Object.entries(required)) {
        assert(key in shown, `${name} does not show ${key}`);
        if (kind === "all") {
          const rows = shown[key] as unknown[];
          const all = results[key] as unknown[];
          assert(
            rows.length === all.length,
            `${name} shows ${rows.length} of ${all.length} ${key}`,
          );
        }
      }
      assertSubset(shown, results, name);
    });
  }

  Deno.test("the exports hold no ANSI codes, no execution metadata, no timestamps and no scripts", async () => {
    await exported();
    for (const name of names) {
      const text = await Deno.readTextFile(`${work}/a/${name}.ipynb`);
      assert(stripAnsi(text) === text && !text.includes("\\u001b"), `${name}.ipynb has ANSI codes`);
      assert(!/"execution"\s*:|iopub\.|shell\.execute_reply/.test(text), `${name}.ipynb: metadata`);
      const html = await Deno.readTextFile(`${work}/a/${name}.html`);
      assert(!html.includes("\u001b") && !html.includes("&#27;"), `${name}.html has ANSI codes`);
      assert(!/<script/i.test(html), `${name}.html has a script`);
      assert(!/<link\b|\ssrc="(?!data:)/i.test(html), `${name}.html loads a file`);
      assert(!/\b20\d\d-\d\d-\d\dT\d\d:\d\d/.test(html + text), `${name}: a timestamp`);
    }
  });

  Deno.test("two exports of the same inputs are byte-identical", async () => {
    await exported();
    await exportNotebooks(`${work}/b`, { parameters: PARAMETERS, executed: true, jupyter });
    for (const name of names) {
      for (const ext of ["html", "ipynb"]) {
        const a = await Deno.readFile(`${work}/a/${name}.${ext}`);
        const b = await Deno.readFile(`${work}/b/${name}.${ext}`);
        assert(a.length === b.length && a.every((x, i) => x === b[i]), `${name}.${ext} differs`);
      }
    }
  });

  Deno.test("a parameter set in the parameters cell reaches the pipeline (02-clean, minAnsweredShare 1)", async () => {
    const parameters = { ...PARAMETERS, minAnsweredShare: 1 };
    const nb = await executeNotebook(`${NOTEBOOKS_DIR}/02-clean.ipynb`, { parameters, jupyter });
    const shown = keyNumbers(nb) as { sample: { nAnalysed: number } };
    const strict = await expectedFor(parameters);
    const usual = await (expected ??= expectedFor(PARAMETERS));
    assert(strict.sample.nAnalysed < usual.sample.nAnalysed, "a stricter share excludes more");
    assertSubset(shown, strict, "02-clean(minAnsweredShare 1)");
  });

  Deno.test("a cell that throws is reported as a NotebookError naming the cell", async () => {
    const dir = `${work}/failing`;
    await Deno.mkdir(dir);
    const nb = {
      nbformat: 4,
      nbformat_minor: 5,
      metadata: { kernelspec: { name: "deno", display_name: "Deno", language: "typescript" } },
      cells: ["const x = 1;", 'throw new RangeError("boom")', "x"].map((source, i) => ({
        cell_type: "code",
        id: `c${i}`,
        metadata: {},
        source,
        outputs: [],
        execution_count: null,
      })),
    };
    await Deno.writeTextFile(`${dir}/failing.ipynb`, JSON.stringify(nb));
    let error: unknown = null;
    try {
      await executeNotebook(`${dir}/failing.ipynb`, { jupyter });
    } catch (e) {
      error = e;
    }
    assert(error instanceof NotebookError, `a NotebookError, got ${error}`);
    assert(error.cell === 1 && /RangeError: boom/.test(error.message), error.message);
    const cells = error.executed!.cells;
    assert(cells[1].outputs!.some((o) => o.output_type === "error"), "the error output is kept");
    assert(cells[2].execution_count === null, "later cells do not run");
  });
}
