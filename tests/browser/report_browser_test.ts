/**
 * The report in a real browser: headless Chromium (Debian's) opens it from file://,
 * with no console errors, no network requests and every chart present; and a report
 * built from hostile labels and ids runs no script.
 */
import assert from "node:assert/strict";
import { lastLine, MINI_HEADER, miniStudyJson, ROOT, runCli } from "../_helpers.ts";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = await Deno.stat(CHROMIUM).then(() => true, () => false);

async function reproduce(out: string, extra: string[]): Promise<string> {
  const result = await runCli(["reproduce", "--out", out, "--resamples", "500", ...extra], out);
  assert.equal(result.code, 0, result.err);
  return lastLine(result.out);
}

interface PageReport {
  requests: string[];
  errors: string[];
  dialogs: string[];
  charts: ([number, number] | null)[];
  pwned: unknown;
  pwnedDom: unknown;
  screenshotBytes: number;
  titleEscaped: boolean;
}

/** Opens `folder/index.html` in Chromium through tests/browser/open_report.mjs (Node). */
async function openReport(folder: string, screenshot: string): Promise<PageReport> {
  const result = await new Deno.Command("node", {
    args: ["tests/browser/open_report.mjs", `${folder}/index.html`, screenshot],
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.equal(result.code, 0, new TextDecoder().decode(result.stderr));
  return JSON.parse(new TextDecoder().decode(result.stdout));
}

const skip = hasChromium ? "" : " (SKIPPED: /usr/bin/chromium is not installed)";

Deno.test({
  name: `the report opens offline in Chromium: no errors, no requests, every chart${skip}`,
  ignore: !hasChromium,
  fn: async () => {
    const out = await Deno.makeTempDir({ prefix: "moran-browser-" });
    const folder = await reproduce(out, []);
    const html = await Deno.readTextFile(`${folder}/index.html`);
    const charts = (html.match(/<svg[^>]*role="img"/g) ?? []).length;
    try {
      const page = await openReport(folder, `${out}/report.png`);
      assert.deepEqual(page.errors, []);
      assert.deepEqual(page.requests, [`file://${folder}/index.html`], "no request but the page");
      assert.ok(charts >= 10, `charts in the HTML: ${charts}`);
      assert.equal(page.charts.length, charts);
      for (const box of page.charts) {
        assert.ok(box && box[0] > 50 && box[1] > 50, "each chart is drawn with a size");
      }
      assert.ok(page.screenshotBytes > 10_000, "a screenshot was taken");
    } finally {
      await Deno.remove(out, { recursive: true });
    }
  },
});

Deno.test({
  name: `a report built from hostile labels and ids runs no script in Chromium${skip}`,
  ignore: !hasChromium,
  fn: async () => {
    const out = await Deno.makeTempDir({ prefix: "moran-hostile-" });
    const payload = `<script>window.__pwned=1;alert(1)</script>` +
      `<img src=x onerror="document.body.dataset.pwned=2">`;
    const study = miniStudyJson() as Record<string, unknown> & {
      instruments: Record<string, unknown>[];
    };
    study.title = `Title ${payload}`;
    study.description = `"><svg onload="window.__pwned=3">`;
    study.instruments[0].label = `X ${payload}`;
    study.instruments[0].citation = `Cite ${payload}`;
    study.synthetic = true;
    const rows = Array.from({ length: 30 }, (_, i) => {
      const v = (k: number) => ((i * 7 + k * 3) % 5) + 1;
      const id = i === 0 ? `"<img src=x onerror=window.__pwned=4>"` : `P${i}`;
      return `${id},${[0, 1, 2, 3, 4, 5, 6, 7, 8].map(v).join(",")},${30 + i},${i % 2 ? "f" : "m"}`;
    });
    await Deno.writeTextFile(`${out}/mini-study.json`, JSON.stringify(study));
    await Deno.writeTextFile(`${out}/mini.csv`, [MINI_HEADER, ...rows].join("\n") + "\n");
    const folder = await reproduce(out, ["--study", `${out}/mini-study.json`]);
    try {
      const page = await openReport(folder, "");
      assert.equal(page.pwned, null, "no injected script ran");
      assert.equal(page.pwnedDom, null, "no injected handler ran");
      assert.deepEqual(page.dialogs, []);
      assert.deepEqual(
        page.requests,
        [`file://${folder}/index.html`],
        "the injected <img> loaded nothing",
      );
      assert.ok(page.titleEscaped, "the hostile title is shown as text");
    } finally {
      await Deno.remove(out, { recursive: true });
    }
  },
});
