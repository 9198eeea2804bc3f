import assert from "node:assert/strict";
import { renderVegaLite } from "../../pipeline/report/mod.ts";
import { binCounts, bootstrapHistogramChart } from "../../pipeline/report/charts/histogram.ts";
import { heatmapChart } from "../../pipeline/report/charts/heatmap.ts";
import { ppoints, qqChart } from "../../pipeline/report/charts/qq.ts";
import { residualsChart } from "../../pipeline/report/charts/residuals.ts";
import { scatterChart } from "../../pipeline/report/charts/scatter.ts";
import type { ChartDef } from "../../pipeline/report/charts/figure.ts";
import { specJson } from "../../pipeline/report/charts/figure.ts";
import { fixtureInput, HOSTILE } from "./fixture.ts";

const SPEC = {
  data: { values: [{ x: 1, y: 2 }, { x: 2, y: 3.5 }, { x: 3, y: 2.5 }] },
  mark: { type: "line", clip: true },
  encoding: {
    x: { field: "x", type: "quantitative" },
    y: { field: "y", type: "quantitative" },
    color: { field: "y", type: "quantitative" },
  },
};

Deno.test({
  name: "renderVegaLite needs no permission at all (no env, net, read, write, run)",
  permissions: "none",
  fn: async () => {
    const { svg, warnings } = await renderVegaLite(SPEC, { id: "f", title: "T", description: "D" });
    assert.ok(svg.startsWith("<svg "));
    assert.deepEqual(warnings, []);
  },
});

Deno.test("renderVegaLite: same spec, same bytes, although vega's id counters advance", async () => {
  const label = { id: "figure-1", title: "T", description: "D" };
  const first = (await renderVegaLite(SPEC, label)).svg;
  await renderVegaLite(SPEC, { ...label, id: "other" }); // moves vega's global counters on
  const second = (await renderVegaLite(SPEC, label)).svg;
  assert.equal(second, first);
  // Clip path and gradient ids are renamed from the figure id, and references follow.
  const ids = [...first.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  assert.ok(ids.length >= 3, `ids: ${ids}`);
  for (const id of ids) assert.ok(id.startsWith("figure-1-"), id);
  for (const ref of first.matchAll(/url\(#([^)]+)\)/g)) assert.ok(ids.includes(ref[1]), ref[1]);
});

Deno.test("renderVegaLite: role img, escaped title and description, no namespace URLs", async () => {
  const { svg } = await renderVegaLite(SPEC, {
    id: "f2",
    title: HOSTILE[0],
    description: HOSTILE[1],
  });
  assert.match(svg, /^<svg role="img" aria-labelledby="f2-t f2-desc"/);
  assert.ok(svg.includes(`<title id="f2-t">&lt;script&gt;alert(1)&lt;/script&gt;</title>`));
  assert.ok(svg.includes(`<desc id="f2-desc">&quot;&gt;&lt;img src=x onerror=alert(2)&gt;</desc>`));
  assert.ok(!svg.includes("http://") && !svg.includes("https://"));
  assert.ok(!/<script|<img/i.test(svg));
});

Deno.test("vega escapes hostile text that reaches a chart (axis titles, data labels)", async () => {
  const ids = ["a", "b", "c"];
  const chart = scatterChart(ids, { name: HOSTILE[0], values: [1, 2, 3] }, {
    name: HOSTILE[3],
    values: [2, 1, 3],
  });
  const { svg } = await renderVegaLite(chart.spec, { id: "h", title: "t", description: "d" });
  assert.ok(!/<script|<img|<\/style/i.test(svg));
  assert.ok(svg.includes("&lt;script&gt;alert(1)&lt;/script&gt;"));
});

Deno.test("every chart builder compiles and renders the fixture without a vega warning", async () => {
  const input = fixtureInput();
  const { results, figures } = input;
  const name = (id: string) => id.toUpperCase();
  const residual = figures.residuals[results.regressions[0].model];
  const charts: ChartDef[] = [
    heatmapChart(results.correlations, name),
    residualsChart("m", residual.fitted, residual.residuals),
    qqChart("m", residual.studentized),
    scatterChart(figures.ids, { name: "X", values: figures.scores.rprs }, {
      name: "M",
      values: figures.scores.wai,
    }),
    bootstrapHistogramChart("indirect effect", figures.indirectDraws.main, 0.21, [
      { method: "percentile bootstrap", low: 0.08, high: 0.37 },
      { method: "bca bootstrap", low: null, high: null },
    ]),
  ];
  for (const [k, chart] of charts.entries()) {
    const { svg, warnings } = await renderVegaLite(chart.spec, {
      id: `c${k}`,
      title: chart.title,
      description: chart.description,
    });
    assert.deepEqual(warnings, [], chart.title);
    assert.ok(svg.length > 1000, chart.title);
    assert.ok(chart.data.rows.length > 0, chart.title);
    assert.ok(chart.data.rows.every((r) => r.length === chart.data.head.length), chart.title);
  }
});

Deno.test("scatterChart plots only participants scored on both variables", () => {
  const chart = scatterChart(["a", "b", "c", "d"], { name: "X", values: [1, NaN, 3, 4] }, {
    name: "Y",
    values: [1, 2, NaN, 4],
  });
  assert.deepEqual(chart.data.rows.map((r) => r[0]), ["a", "d"]);
});

Deno.test("binCounts: equal-width bins that hold every value (the maximum in the last bin)", () => {
  const bins = binCounts([0, 1, 2, 3, 4, 10], 5);
  assert.equal(bins.length, 5);
  assert.deepEqual(bins.map((b) => b.count), [2, 2, 1, 0, 1]);
  assert.equal(bins[0].start, 0);
  assert.equal(bins[4].end, 10);
  assert.deepEqual(binCounts([0.2, 0.2, 0.2], 40), [{
    start: 0.1,
    end: 0.30000000000000004,
    count: 3,
  }]);
  assert.deepEqual(binCounts([], 40), []);
});

Deno.test("ppoints matches R's ppoints (a = 3/8 for n <= 10, else 1/2)", () => {
  // R: ppoints(5) = (1:5 - 3/8) / (5 + 1 - 3/4); ppoints(11) = (1:11 - 1/2) / 11
  assert.deepEqual(ppoints(5), [1, 2, 3, 4, 5].map((i) => (i - 3 / 8) / (5 + 1 - 3 / 4)));
  assert.deepEqual(ppoints(11), Array.from({ length: 11 }, (_, i) => (i + 1 - 0.5) / 11));
});

Deno.test("qqChart leaves undefined studentized residuals out", () => {
  const chart = qqChart("m", [0.5, null, -1, 2]);
  assert.equal(chart.data.rows.length, 3);
  assert.deepEqual(chart.data.rows.map((r) => r[1]), ["\u22121.00", "0.50", "2.00"]);
});

Deno.test("specJson: valid JSON equal to the spec, one data row per line", () => {
  const spec = { layer: [{ data: { values: [{ a: 1 }, { a: 2 }] } }, { data: { values: [] } }] };
  const text = specJson(spec);
  assert.deepEqual(JSON.parse(text), spec);
  assert.ok(text.includes('\n          {"a":1},\n          {"a":2}\n'), text);
});
