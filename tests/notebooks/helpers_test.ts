/**
 * Tests of the notebook helpers (pipeline/notebook/): the display protocol wrappers,
 * tables, charts, parameters, key numbers and notebook-file normalisation. They run
 * without Jupyter.
 * @module
 */
import {
  applyParameters,
  clearNotebook,
  displayable,
  formatCell,
  frame,
  isDisplayable,
  jsonOutput,
  JUPYTER_DISPLAY,
  normaliseExecuted,
  type Notebook,
  parseNotebook,
  preformatted,
  regressionKeys,
  sampleKeys,
  serialiseNotebook,
  setParameters,
  setup,
  stack,
  stripAnsi,
  table,
  VEGA_LITE_MIME,
  vegaLite,
} from "../../pipeline/notebook/mod.ts";
import { SET_NOTE } from "../../pipeline/notebook/execute.ts";
import { normalise, relative } from "../../pipeline/notebook/_command.ts";
import { DataError, loadStudy } from "../../pipeline/mod.ts";

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function assertEquals(actual: unknown, expected: unknown, message = ""): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${message}\n  actual:   ${a}\n  expected: ${e}`);
}

Deno.test("displayable() exposes its bundle through Symbol.for('Jupyter.display')", () => {
  const shown = displayable({ "text/plain": "72", "text/html": "<b>72</b>" });
  assert(JUPYTER_DISPLAY === Symbol.for("Jupyter.display"), "the kernel's symbol");
  assert(isDisplayable(shown), "isDisplayable");
  const method = (shown as unknown as Record<symbol, () => Record<string, unknown>>)[
    Symbol.for("Jupyter.display")
  ];
  assertEquals(method(), { "text/plain": "72", "text/html": "<b>72</b>" });
  assertEquals(String(shown), "72", "toString is the plain text");
  assert(!isDisplayable({}) && !isDisplayable(null), "plain values are not displayable");
});

Deno.test("table() escapes HTML, writes missing values as — and NA, and aligns plain text", () => {
  const t = table([
    { name: "<script>", n: 72, r: 0.123456, p: 0.00001234, list: [1, 2] },
    { name: "b & c", n: 7, r: null, p: NaN, list: [] },
  ], {
    columns: ["name", "n", "r", { key: "p", format: "p", label: "p-value" }, "list"],
    caption: "Caption <1>",
  });
  const html = String(t.bundle["text/html"]);
  assert(!html.includes("<script>"), "no raw tag from data");
  assert(html.includes("&lt;script&gt;") && html.includes("b &amp; c"), "escaped cells");
  assert(html.includes("Caption &lt;1&gt;"), "escaped caption");
  assert(html.includes('<th style="text-align:right">p-value</th>'), "label, numbers right");
  const plain = String(t).split("\n");
  assertEquals(plain[0], "Caption <1>");
  assertEquals(plain[1], "name       n      r  p-value  list");
  assertEquals(plain[2], "--------  --  -----  -------  ----");
  assertEquals(plain[3], "<script>  72  0.123  1.23e-5  1, 2");
  assertEquals(plain[4], "b & c      7      —       NA");
});

Deno.test("table() shows at most maxRows rows and says how many were left out", () => {
  const rows = Array.from({ length: 5 }, (_, i) => ({ i }));
  const t = table(rows, { maxRows: 2 });
  assert(String(t).endsWith("… 3 more row(s) not shown (5 in all)"), String(t));
  assertEquals((String(t.bundle["text/html"]).match(/<tr>/g) ?? []).length, 3, "header + 2 rows");
});

Deno.test("formatCell(): integers stay integers, p-values by size, infinities as Inf", () => {
  assertEquals(formatCell(72, "integer", 3), "72");
  assertEquals(formatCell(0.5, "p", 3), "0.5000");
  assertEquals(formatCell(0, "p", 3), "0.0000");
  assertEquals(formatCell(-Infinity, "auto", 3), "-Inf");
  assertEquals(formatCell({ a: 1 }, "auto", 3), '{"a":1}');
  assertEquals(formatCell(true, "auto", 3), "true");
  assertEquals(formatCell(1.23456, (v) => `<${v}>`, 3), "<1.23456>");
});

Deno.test("stack() and preformatted() combine outputs into one bundle", () => {
  const s = stack("Title <x>", preformatted("a\n<b>"));
  assertEquals(s.bundle["text/html"], "<p>Title &lt;x&gt;</p>\n<pre>a\n&lt;b&gt;</pre>");
  assertEquals(String(s), "Title <x>\n\na\n<b>");
});

Deno.test("jsonOutput() round-trips JSON and refuses NaN, Infinity and typed arrays", () => {
  const value = { n: 72, p: 3.903185854182578e-11, list: [null, "x", -0.5], nested: { ok: true } };
  const shown = jsonOutput(value);
  assertEquals(shown.bundle["application/json"], value);
  assertEquals(JSON.parse(String(shown)), value);
  for (const bad of [{ x: NaN }, { x: [Infinity] }, { x: new Float64Array(1) }, { x: undefined }]) {
    let threw = false;
    try {
      jsonOutput(bad);
    } catch (error) {
      threw = error instanceof TypeError;
    }
    assert(threw, `refuses ${JSON.stringify(bad)}`);
  }
});

Deno.test("vegaLite() bundles the v5 spec with an SVG rendered in Deno, the same every time", async () => {
  const spec = {
    title: "t",
    data: { values: [{ x: 1, y: 2 }, { x: 2, y: 3 }] },
    mark: "point",
    encoding: { x: { field: "x", type: "quantitative" }, y: { field: "y", type: "quantitative" } },
  };
  const a = await vegaLite(spec);
  const b = await vegaLite(spec);
  const svg = String(a.bundle["image/svg+xml"]);
  assert(svg.startsWith("<svg") && svg.includes("</svg>"), "an SVG document");
  assertEquals(svg, b.bundle["image/svg+xml"], "deterministic");
  const bundled = a.bundle[VEGA_LITE_MIME] as Record<string, unknown>;
  assertEquals(bundled.$schema, "https://vega.github.io/schema/vega-lite/v5.json");
  assertEquals(VEGA_LITE_MIME, "application/vnd.vegalite.v5+json");
  assertEquals(String(a), "t", "plain text falls back to the title");
});

Deno.test("frame() shows a DataFrame-like object and refuses anything else", () => {
  const df = { columns: ["id", "x"], values: [["a", 1.5], ["b", NaN]], shape: [2, 2] };
  const lines = String(frame(df)).split("\n");
  assertEquals(lines[0], "danfojs DataFrame: 2 × 2 (float32, for looking only)");
  assertEquals(lines.slice(3), ["a   1.50", "b     NA"]);
  let threw = false;
  try {
    frame({ columns: [] });
  } catch (error) {
    threw = error instanceof TypeError;
  }
  assert(threw, "not a DataFrame");
});

Deno.test("the danfojs view of the cleaned data has every analysed participant", async () => {
  const { toDataFrame, clean, ingest } = await import("../../pipeline/mod.ts");
  const s = await setup({ study: "data/study.json" });
  const data = clean(await ingest(s.bytes, s.study, s.study.data), s.study);
  const shown = frame(await toDataFrame(data), { maxRows: 3 });
  assert(String(shown).startsWith(`danfojs DataFrame: ${data.ids.length} × `), String(shown));
});

Deno.test("setup() applies the parameters; null keeps the study's values", async () => {
  const study = await loadStudy("data/study.json");
  const s = await setup({
    study: "data/study.json",
    resamples: 200,
    seed: 7,
    minAnsweredShare: 0.5,
  });
  assertEquals(s.options, { seed: 7, resamples: 200 });
  assert(s.study.instruments.every((i) => i.minAnsweredShare === 0.5), "share applied");
  assertEquals(s.bytes.length, (await Deno.readFile(study.data)).length, "the study's data file");
  const d = await setup({ study: "data/study.json", seed: null, resamples: null });
  assertEquals(d.options, { seed: study.analysis.seed, resamples: study.analysis.resamples });
  assertEquals(d.study.instruments, study.instruments, "no share given: unchanged");
  const other = await setup({
    study: "data/study.json",
    data: "tests/notebooks/../../data/raw/moran2014_synthetic.csv",
  });
  assertEquals(other.study.data, "tests/notebooks/../../data/raw/moran2014_synthetic.csv");
});

Deno.test("applyParameters() rejects a share outside (0, 1] and a negative or fractional seed", async () => {
  const study = await loadStudy("data/study.json");
  for (
    const bad of [{ minAnsweredShare: 0 }, { minAnsweredShare: 1.5 }, { seed: -1 }, {
      resamples: 2.5,
    }]
  ) {
    let error: unknown = null;
    try {
      applyParameters(study, bad);
    } catch (e) {
      error = e;
    }
    assert(
      error instanceof DataError && error.stage === "options",
      `rejects ${JSON.stringify(bad)}`,
    );
  }
  const before = study.instruments.map((i) => i.minAnsweredShare);
  const applied = applyParameters(study, { minAnsweredShare: 1 }).study;
  assertEquals(applied.instruments.map((i) => i.minAnsweredShare), before.map(() => 1));
  assertEquals(study.instruments.map((i) => i.minAnsweredShare), before, "input not modified");
});

Deno.test("sampleKeys() and regressionKeys() use the names of results.json", () => {
  const flow = {
    nRead: 5,
    nAnalysed: 4,
    nExcluded: 1,
    excludedByReason: [{ reason: "missing-id", n: 1 }],
    blankLines: 0,
  };
  assertEquals(sampleKeys(flow), {
    nRaw: 5,
    nAnalysed: 4,
    nExcluded: 1,
    excludedByReason: [{ reason: "missing-id", n: 1 }],
    blankLines: 0,
  });
  const term = {
    term: "x",
    estimate: 1,
    stdError: 0.5,
    statistic: 2,
    pValue: 0.1,
    confLow: 0,
    confHigh: 2,
  };
  const [m] = regressionKeys([{ model: "y ~ x", nobs: 9, terms: [{ ...term, vif: 1 }] } as never]);
  assertEquals(m, {
    model: "y ~ x",
    nobs: 9,
    rSquared: null,
    adjRSquared: null,
    fStatistic: null,
    df1: null,
    df2: null,
    pValue: null,
    terms: [term],
  });
});

Deno.test("stripAnsi() removes colour codes and other escape sequences, nothing else", () => {
  assertEquals(
    stripAnsi("\u001b[1m\u001b[31merror\u001b[0m: x [1m] \u001b[2K\u001b(B"),
    "error: x [1m] ",
  );
  assertEquals(stripAnsi("plain [text] — ü"), "plain [text] — ü");
});

function _nb(): Notebook {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: "deno" }, widgets: {} },
    cells: [
      { cell_type: "markdown", id: "m", metadata: {}, source: "# Title\n\ntext" },
      {
        cell_type: "code",
        id: "p",
        metadata: { tags: ["parameters"], execution: { "iopub.status.busy": "2026-01-01" } },
        source: [
          "const params = {\n",
          '  study: "../data/study.json",\n',
          "  // a comment: keep me\n",
          "  resamples: null,\n",
          "  seed: null, // old note\n",
          "};",
        ],
        outputs: [{ output_type: "stream", name: "stdout", text: "\u001b[33mx\u001b[39m\n" }],
        execution_count: 3,
      },
      {
        cell_type: "code",
        id: "r",
        metadata: {},
        source: "1",
        outputs: [{
          output_type: "execute_result",
          data: { "text/plain": ["\u001b[33m1\u001b[39m"], "application/json": { a: "b\nc" } },
          metadata: {},
          execution_count: 4,
        }, {
          output_type: "error",
          ename: "Error",
          evalue: "\u001b[31mboom\u001b[0m",
          traceback: ["\u001b[31mError: boom\u001b[0m"],
        }],
        execution_count: 4,
      },
    ],
  };
}

Deno.test("clearNotebook() removes outputs, execution counts and execution metadata", () => {
  const nb = clearNotebook(_nb());
  for (const cell of nb.cells.filter((c) => c.cell_type === "code")) {
    assertEquals(cell.outputs, []);
    assertEquals(cell.execution_count, null);
    assert(!("execution" in cell.metadata), "no execution metadata");
  }
  assertEquals(nb.cells[1].metadata, { tags: ["parameters"] }, "tags kept");
  assert(!("widgets" in nb.metadata) && "kernelspec" in nb.metadata, "run metadata removed");
});

Deno.test("normaliseExecuted() strips ANSI codes from every text output and keeps the rest", () => {
  const nb = normaliseExecuted(_nb());
  assertEquals(nb.cells[1].outputs![0].text, "x\n");
  const [result, error] = nb.cells[2].outputs!;
  assertEquals(result.data!["text/plain"], "1");
  assertEquals(result.data!["application/json"], { a: "b\nc" }, "JSON untouched");
  assertEquals([error.evalue, error.traceback], ["boom", ["Error: boom"]]);
  assertEquals(nb.cells[2].execution_count, 4, "execution counts kept");
  assert(!("execution" in nb.cells[1].metadata), "no execution metadata");
});

Deno.test("serialiseNotebook() writes nbformat's layout and parses back to the same notebook", () => {
  const nb = clearNotebook(_nb());
  const text = serialiseNotebook(nb);
  assert(text.endsWith("}\n") && text.startsWith('{\n "cells": [\n  {\n   "cell_type"'), "layout");
  const back = parseNotebook(text);
  assertEquals(serialiseNotebook(back), text, "stable");
  assertEquals(back.cells[0].source, ["# Title\n", "\n", "text"], "lines split after \\n");
  const executed = serialiseNotebook(normaliseExecuted(_nb()));
  assert(
    executed.includes('"application/json": {\n       "a": "b\\nc"\n      }'),
    "JSON not split",
  );
});

Deno.test("setParameters() replaces only the named values, marks them, keeps comments", () => {
  const nb = setParameters(_nb(), { resamples: 500, seed: 3, study: "/abs/study.json" });
  const source = String(nb.cells[1].source);
  assertEquals(
    source,
    "const params = {\n" +
      `  study: "/abs/study.json", // ${SET_NOTE}\n` +
      "  // a comment: keep me\n" +
      `  resamples: 500, // ${SET_NOTE}\n` +
      `  seed: 3, // ${SET_NOTE}\n` +
      "};",
  );
  assertEquals(
    setParameters(_nb(), { seed: undefined }).cells[1].source,
    "const params = {\n" +
      '  study: "../data/study.json",\n  // a comment: keep me\n  resamples: null,\n' +
      "  seed: null, // old note\n};",
    "undefined: unchanged",
  );
  for (const bad of [{ minAnsweredShare: 0.5 }, { unknown: 1 }]) {
    let threw = false;
    try {
      setParameters(_nb(), bad as never);
    } catch (error) {
      threw = error instanceof TypeError;
    }
    assert(threw, `refuses ${JSON.stringify(bad)}`);
  }
});

Deno.test("relative() gives a path from the notebook's folder; normalise() resolves . and ..", () => {
  assertEquals(normalise("/a/./b//c/../d"), "/a/b/d");
  assertEquals(relative("/repo/notebooks", "/repo/data/study.json"), "../data/study.json");
  assertEquals(relative("/repo/notebooks", "/repo/notebooks/x.json"), "x.json");
  assertEquals(relative("/repo/notebooks", "/other/x.csv"), "../../other/x.csv");
  assertEquals(relative("/repo/notebooks", "/repo/notebooks"), ".");
  assertEquals(relative(Deno.cwd() + "/notebooks", "data/study.json"), "../data/study.json");
});
