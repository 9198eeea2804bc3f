import assert from "node:assert/strict";
import { escapeHtml, escapeText, safeRelativeHref } from "../../pipeline/report/mod.ts";
import { join, markup, trusted } from "../../pipeline/report/html.ts";
import { HOSTILE } from "./fixture.ts";

Deno.test("escapeHtml escapes the five HTML-significant characters", () => {
  assert.equal(
    escapeHtml(`<a href="x" title='y'>&</a>`),
    "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
  );
  assert.equal(escapeHtml(42), "42");
  assert.equal(escapeHtml("plain text − α"), "plain text − α");
});

Deno.test("escapeHtml leaves no markup-significant character in hostile labels", () => {
  for (const hostile of HOSTILE) {
    const escaped = escapeHtml(hostile);
    assert.ok(!/[<>"']/.test(escaped), escaped);
    // Decoding the entities gives the label back: nothing is lost.
    const decoded = escaped.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'").replace(/&amp;/g, "&");
    assert.equal(decoded, hostile);
  }
});

Deno.test("markup escapes every interpolation unless it is SafeHtml", () => {
  const label = HOSTILE[1];
  assert.equal(
    markup`<td title="${label}">${label}</td>`.value,
    `<td title="&quot;&gt;&lt;img src=x onerror=alert(2)&gt;">&quot;&gt;&lt;img src=x onerror=alert(2)&gt;</td>`,
  );
  assert.equal(markup`<p>${markup`<b>${"<i>"}</b>`}</p>`.value, "<p><b>&lt;i&gt;</b></p>");
  assert.equal(markup`${["<", trusted("<br>"), null, undefined, false, 3]}`.value, "&lt;<br>3");
  assert.equal(join(["a<", "b"], trusted("<hr>")).value, "a&lt;<hr>b");
});

Deno.test("safeRelativeHref keeps relative links and drops schemes and other hosts", () => {
  for (
    const ok of ["../v1/report.html", "notebooks/a.html", "#methods", "a%20b.html", "./x.html"]
  ) {
    assert.equal(safeRelativeHref(ok), ok);
  }
  for (
    const bad of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      " javascript:alert(1)",
      "java\tscript:alert(1)",
      "data:text/html,<script>",
      "https://example.org/x.html",
      "http://example.org",
      "//example.org/x",
      "/\\example.org",
      "\\\\host\\share",
      "file:///etc/passwd",
      "",
    ]
  ) {
    assert.equal(safeRelativeHref(bad), null, JSON.stringify(bad));
  }
});

Deno.test("escapeText escapes &, < and > (element text), and keeps quotes", () => {
  assert.equal(escapeText(`{"a": "<b>&'"}`), `{"a": "&lt;b&gt;&amp;'"}`);
  for (const hostile of HOSTILE) assert.ok(!/[<>]/.test(escapeText(hostile)), hostile);
});
