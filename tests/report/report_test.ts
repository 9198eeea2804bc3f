import assert from "node:assert/strict";
import { keyEstimates, renderReport, REPORT_CSP } from "../../pipeline/report/mod.ts";
import { fixtureInput, HOSTILE, hostileInput } from "./fixture.ts";

const SECTIONS = [
  "Methods",
  "Sample",
  "Descriptive statistics",
  "Correlations",
  "Regression models",
  "Mediation",
  "Sensitivity to unmeasured confounding",
  "Power",
  "Findings by hypothesis",
  "Provenance",
  "Notebooks",
];

/** Tags allowed anywhere in the report (HTML and the SVG vega and the path diagram draw). */
const TAGS = new Set([
  "!doctype",
  "html",
  "head",
  "meta",
  "title",
  "style",
  "body",
  "main",
  "header",
  "nav",
  "section",
  "aside",
  "h1",
  "h2",
  "h3",
  "h4",
  "p",
  "a",
  "ol",
  "ul",
  "li",
  "dl",
  "dt",
  "dd",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
  "figure",
  "figcaption",
  "div",
  "details",
  "summary",
  "pre",
  "code",
  "strong",
  "em",
  "span",
  "sup",
  "br",
  "svg",
  "g",
  "path",
  "rect",
  "circle",
  "line",
  "text",
  "desc",
  "defs",
  "marker",
  "clippath",
  "lineargradient",
  "stop",
]); // deno-fmt-ignore

/** Every start tag: its name, its raw attribute text and its attribute names. */
function tags(page: string): { name: string; attributes: string; names: string[] }[] {
  const attribute = /\s([^\s="'>/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g;
  return [...page.matchAll(/<(!?[a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)].map((m) => ({
    name: m[1].toLowerCase(),
    attributes: m[2],
    names: [...m[2].matchAll(attribute)].map((a) => a[1].toLowerCase()),
  }));
}

/** The page's prose: text outside style, svg, pre and code (verbatim data), no tags. */
function prose(page: string): string {
  return page.replace(/<style>[\s\S]*?<\/style>/g, "").replace(/<svg[\s\S]*?<\/svg>/g, "")
    .replace(/<pre[\s\S]*?<\/pre>/g, "").replace(/<code[^>]*>[^<]*<\/code>/g, "")
    .replace(/<[^>]*>/g, " ");
}

const page = await renderReport(fixtureInput());

Deno.test("report: one HTML document with the CSP meta that forbids every load", () => {
  assert.ok(page.startsWith('<!DOCTYPE html>\n<html lang="en">'));
  assert.ok(page.endsWith("</html>\n"));
  assert.ok(
    page.includes(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`),
  );
  assert.equal(REPORT_CSP, "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
});

Deno.test("report: the synthetic notice is shown prominently when the data are synthetic", async () => {
  assert.equal(page.match(/id="synthetic-notice"/g)?.length, 1);
  assert.ok(page.indexOf("synthetic-notice") < page.indexOf('id="methods"'));
  assert.match(page, /<title>\[Synthetic data\] /);
  const real = fixtureInput();
  real.results.synthetic = false;
  real.study.synthetic = false;
  const realPage = await renderReport(real);
  assert.ok(!realPage.includes("synthetic-notice"));
  assert.ok(!realPage.includes("[Synthetic data]"));
});

Deno.test("report: every section heading, in the order of a paper", () => {
  const headings = [...page.matchAll(/<h2 id="[a-z-]+-h">([^<]*)<\/h2>/g)].map((m) => m[1]);
  assert.deepEqual(headings, SECTIONS);
  for (const title of SECTIONS) {
    assert.ok(page.includes(`>${title}</a></li>`), `contents: ${title}`);
  }
});

Deno.test("report: the notebooks section appears only when notebooks are given", async () => {
  const input = fixtureInput();
  input.notebooks = [];
  const without = await renderReport(input);
  assert.ok(!without.includes('id="notebooks"'));
  assert.ok(page.includes('<a href="notebooks/explore.html">Exploring the scales</a>'));
});

Deno.test("report: one accessible SVG per chart, each with a title and a description", () => {
  const { results } = fixtureInput();
  // Each chart figure's text runs to the next one (its data table nests a figure).
  const figures = page.split(/(?=<figure class="chart)/).slice(1).map((chunk) =>
    [chunk, chunk.match(/^<figure class="chart[^"]*" id="(figure-\d+)">/)![1], chunk] as const
  );
  // Heatmap; residuals and Q–Q per regression; per one-mediator model (main, adjusted) a
  // path diagram, the bootstrap histogram and the scatterplots of pairs not drawn before
  // (3 + 0); per several-mediator model (parallel, serial) a path diagram and the chart of
  // its indirect effects; none for the alternative orderings (one comparison table);
  // the sensitivity curve; the power curve.
  const byRole = (role: string) => results.mediation.filter((m) => m.role === role).length;
  assert.deepEqual([byRole("main"), byRole("adjusted"), byRole("additional")], [1, 1, 2]);
  assert.equal(byRole("alternative"), 2);
  const expected = 1 + 2 * results.regressions.length + (2 + 3) + 2 + 2 * 2 + 1 + 1;
  assert.equal(figures.length, expected);
  assert.deepEqual(figures.map((f) => f[1]), figures.map((_, k) => `figure-${k + 1}`));
  for (const [, id, body] of figures) {
    const svgs = [...body.matchAll(/<svg\b[^>]*\srole="img"[^>]*\saria-labelledby="([^"]+)"/g)];
    assert.equal(svgs.length, 1, id);
    assert.equal(svgs[0][1], `${id}-t ${id}-desc`);
    assert.match(body, new RegExp(`<title id="${id}-t">Figure \\d+\\. [^<]{5,}</title>`), id);
    assert.match(body, new RegExp(`<desc id="${id}-desc">[^<]{20,}</desc>`), id);
    // Vega charts also carry their data table and their spec; the path diagram is
    // described by the effects table right after it.
    if (!body.includes("path-diagram")) {
      assert.ok(body.includes("as a table</summary>"), id);
      assert.ok(body.includes("Vega-Lite specification of"), id);
    }
  }
  assert.equal((page.match(/<svg /g) ?? []).length, expected);
});

Deno.test("report: loads nothing (no remote src/href, no script, link, img, @import or url())", () => {
  for (const tag of tags(page)) {
    assert.ok(TAGS.has(tag.name), `unexpected <${tag.name}>`);
    assert.ok(!/\s(src|srcset|action|poster|xlink:href)\s*=/i.test(tag.attributes), tag.attributes);
    const href = tag.attributes.match(/\shref="([^"]*)"/);
    if (href) assert.ok(!/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(href[1]), `href ${href[1]}`);
  }
  assert.ok(!/https?:\/\/[^"\s]*"/.test(page.replace(/<pre[\s\S]*?<\/pre>/g, "")));
  assert.ok(!/@import|url\((?!#)/i.test(page));
});

Deno.test("report: rendering twice gives byte-identical output", async () => {
  const again = await renderReport(fixtureInput());
  assert.equal(again, page);
});

Deno.test("report: numbers in APA style (sentences, p, minus sign, no NaN)", () => {
  assert.ok(
    page.includes(
      "The indirect effect of RPRS on RAS through WAI was 0.21, 95% percentile bootstrap CI " +
        "[0.08, 0.37]. The interval excludes zero.",
    ),
  );
  assert.ok(page.includes("F(1, 70) = 18.84, p &lt; .001"));
  assert.ok(page.includes("Shapiro–Wilk W = .981, p = .342"));
  const text = prose(page);
  assert.ok(!/(^|[\s(\[,=;])-\d/.test(text), "a hyphen-minus used as a minus sign");
  assert.ok(text.includes("\u22120.71"), "negative skewness with U+2212");
  for (const bad of ["NaN", "undefined", "[object Object]", "Infinity", "null"]) {
    assert.ok(!text.includes(bad), bad);
  }
});

Deno.test("report: the audit log is complete and the flow reconciles", () => {
  const { figures, results } = fixtureInput();
  const audit = page.match(/<details class="audit">[\s\S]*?<\/details>/)![0];
  assert.equal((audit.match(/<tr>/g) ?? []).length, figures.audit.length + 1);
  assert.ok(audit.includes(`Audit log: ${figures.audit.length} entries`));
  for (const r of results.sample.excludedByReason) {
    assert.ok(page.includes(`<code>${r.reason}</code>`));
  }
  assert.ok(page.includes(`<span>Analysed</span> <strong>${results.sample.nAnalysed}</strong>`));
});

Deno.test("report: provenance lists the manifest and what changed since the previous version", () => {
  const input = fixtureInput();
  for (const f of input.manifest.files) {
    assert.ok(page.includes(f.path) && page.includes(f.sha256), f.path);
  }
  assert.ok(page.includes(input.manifest.lockfileSha256));
  assert.ok(page.includes(input.manifest.gitCommit!));
  assert.ok(page.includes('<a href="../0a1b2c3d4e5f6071/report.html">'));
  // The fixture's previous version differs in the b path and the indirect effect of "main".
  const changed = [...page.matchAll(/<th scope="row"><code>(mediation [^<]*)<\/code><\/th>/g)]
    .map((m) => m[1]);
  assert.deepEqual(changed, ["mediation main: b estimate", "mediation main: indirect estimate"]);
});

Deno.test("keyEstimates copies results by stable names", () => {
  const { results } = fixtureInput();
  const keys = keyEstimates(results);
  assert.equal(keys["sample: n analysed"], 72);
  assert.equal(keys["scale wai: alpha"], 0.89);
  assert.equal(keys["r rprs ~ wai"], 0.46);
  assert.equal(keys["regression a_path: B rprs"], 0.612);
  assert.equal(keys["mediation main: indirect [bca bootstrap] CI low"], 0.094);
  assert.equal(keys["mediation parallel: indirect:wai_bond [bca bootstrap] CI low"], undefined);
  assert.deepEqual(keyEstimates(results), keys);
});

Deno.test("hostile labels are escaped everywhere; no script, no handler, no foreign link", async () => {
  const hostile = await renderReport(hostileInput());
  assert.ok(!/<script/i.test(hostile));
  assert.ok(!/<img/i.test(hostile));
  for (const tag of tags(hostile)) {
    assert.ok(TAGS.has(tag.name), `unexpected <${tag.name}>`);
    const handlers = tag.names.filter((n) => n.startsWith("on"));
    assert.deepEqual(handlers, [], `handler in <${tag.name}${tag.attributes}>`);
    const href = tag.attributes.match(/\shref="([^"]*)"/);
    if (href) assert.ok(!/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(href[1]), `href ${href[1]}`);
  }
  assert.equal((hostile.match(/<\/style>/g) ?? []).length, 1);
  assert.ok(hostile.includes("&lt;script&gt;alert(1)&lt;/script&gt;"));
  assert.ok(hostile.includes("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"));
  assert.ok(hostile.includes("&#39; onmouseover=&#39;alert(3)"));
  // Links that are not relative are shown as text, not followed.
  assert.ok(hostile.includes("(not linked: <code>javascript:alert(5)</code>"));
  assert.ok(!hostile.includes('href="https://example.org'));
  assert.equal(await renderReport(hostileInput()), hostile);
  for (const s of HOSTILE) assert.ok(!hostile.includes(s), `raw: ${s}`);
});
