import assert from "node:assert/strict";
import { renderVegaLite } from "../../pipeline/report/mod.ts";
import { binCounts, bootstrapHistogramChart } from "../../pipeline/report/charts/histogram.ts";
import { heatmapChart } from "../../pipeline/report/charts/heatmap.ts";
import { ppoints, qqChart } from "../../pipeline/report/charts/qq.ts";
import { residualsChart } from "../../pipeline/report/charts/residuals.ts";
import { scatterChart } from "../../pipeline/report/charts/scatter.ts";
import type { ChartDef } from "../../pipeline/report/charts/figure.ts";
import { roundSpecData, specJson } from "../../pipeline/report/charts/figure.ts";
import { indirectEffectsChart } from "../../pipeline/report/charts/indirect_effects.ts";
import { powerBar, powerChart } from "../../pipeline/report/charts/power.ts";
import { sensitivityChart, sensitivityDomain } from "../../pipeline/report/charts/sensitivity.ts";
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
    sensitivityChart(results.sensitivity[0], { m: "M", y: "Y" }),
    powerChart(results.power!, 72),
    powerChart(results.power!, null),
    indirectEffectsChart(
      "m",
      [
        { label: "Through A", group: "Specific", estimate: 0.1, low: -0.02, high: 0.2 },
        { label: "Total indirect effect", group: "Total", estimate: 0.2, low: 0.05, high: 0.3 },
        { label: "A − B", group: "Contrast", estimate: 0.05, low: null, high: null },
      ],
      "percentile bootstrap",
      0.95,
    ),
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

Deno.test("roundSpecData: six significant digits in inline data only, the rest untouched", () => {
  const spec = {
    width: 300.123456789,
    data: { values: [{ x: 3.855362171110122, id: "P1", n: 72 }, { x: -0.000123456789 }] },
    layer: [{ data: { values: [{ y: 1 / 3 }] }, mark: { type: "rule", strokeDash: [4.25, 3] } }],
  };
  assert.deepEqual(roundSpecData(spec), {
    width: 300.123456789,
    data: { values: [{ x: 3.85536, id: "P1", n: 72 }, { x: -0.000123457 }] },
    layer: [{ data: { values: [{ y: 0.333333 }] }, mark: { type: "rule", strokeDash: [4.25, 3] } }],
  });
  assert.equal(spec.data.values[0].x, 3.855362171110122, "the input is not changed");
});

Deno.test("renderVegaLite: circles as <circle>, no empty paths, hidden labels or vega classes", async () => {
  const spec = {
    data: { values: [{ x: 1, y: 2 }, { x: 2, y: 3.5 }, { x: 3, y: 2.5 }] },
    mark: { type: "circle", size: 30 },
    encoding: {
      x: { field: "x", type: "quantitative" },
      y: { field: "y", type: "quantitative" },
    },
  };
  const { svg } = await renderVegaLite(spec, { id: "c", title: "T", description: "D" });
  const circles = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"/g)];
  assert.equal(circles.length, 3);
  // Vega's size is the area of the symbol's bounding square: r = √30 / 2.
  for (const c of circles) assert.ok(Math.abs(Number(c[3]) - Math.sqrt(30) / 2) < 0.01);
  assert.ok(!svg.includes('d="M0,0h0v0h0Z"') && !svg.includes('d=""'));
  assert.ok(!/opacity="0"[^>]*>[^<]+<\/text>/.test(svg), "a label vega hid");
  const inner = svg.slice(svg.indexOf(">") + 1);
  assert.ok(!/\s(class|role|aria-hidden|aria-roledescription|pointer-events)="/.test(inner));
  assert.ok(!/\sopacity="1"/.test(svg));
});

Deno.test("sensitivityChart: the axis spans the band for |ρ| ≤ 0.8; the data hold every row", () => {
  const s = fixtureInput().results.sensitivity[0];
  const [low, high] = sensitivityDomain(s);
  const inner = s.rows.filter((r) => Math.abs(r.rho) <= 0.8 + 1e-9);
  assert.equal(low, Math.min(0, ...inner.map((r) => r.confLow)));
  assert.equal(high, Math.max(0, ...inner.map((r) => r.confHigh)));
  const chart = sensitivityChart(s, { m: "M", y: "Y" });
  assert.equal(chart.data.rows.length, s.rows.length);
  assert.ok(chart.note!.includes("|ρ| ≤ 0.8"), "the cut is stated when marks are cut");
  // No ρ at which ACME is zero (a = 0): no vertical rule, and the description says why.
  const flat = sensitivityChart({ ...s, rhoAtZero: null, r2StarAtZero: null }, {
    m: "M",
    y: "Y",
  });
  assert.equal((flat.spec.layer as unknown[]).length, 3);
  assert.ok(flat.description.includes("the a path is exactly zero"));
});

Deno.test("powerBar: ±1.96 Monte Carlo SE, kept within [0, 1]", () => {
  assert.deepEqual(powerBar({ power: 0.5, stdError: 0.1 }), [0.5 - 0.196, 0.5 + 0.196]);
  assert.deepEqual(powerBar({ power: 0.99, stdError: 0.02 }), [0.99 - 0.0392, 1]);
  assert.deepEqual(powerBar({ power: 0.01, stdError: 0.02 }), [0, 0.01 + 0.0392]);
});
