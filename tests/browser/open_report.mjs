// Opens a report in headless Chromium (Debian's) with playwright-core and prints what a
// test needs as one JSON line. Run by Node, not Deno: under Deno, playwright-core probes
// /proc/sys/fs/binfmt_misc, which Deno grants only with --allow-all.
// Usage: node tests/browser/open_report.mjs <report.html> <screenshot.png>
import { chromium } from "playwright-core";

const [file, screenshot] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const requests = [];
  const errors = [];
  const dialogs = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  await page.goto(`file://${file}`);
  await page.waitForLoadState("load");
  const charts = [];
  for (const svg of await page.locator('svg[role="img"]').all()) {
    const box = await svg.boundingBox();
    charts.push(box ? [Math.round(box.width), Math.round(box.height)] : null);
  }
  const pwned = await page.evaluate(() => globalThis.__pwned ?? null);
  const pwnedDom = await page.evaluate(() => document.body.dataset.pwned ?? null);
  const shot = await page.screenshot({ fullPage: true });
  if (screenshot) {
    const { writeFile } = await import("node:fs/promises");
    await writeFile(screenshot, shot);
  }
  const content = await page.content();
  console.log(JSON.stringify({
    requests,
    errors,
    dialogs,
    charts,
    pwned,
    pwnedDom,
    screenshotBytes: shot.length,
    titleEscaped: content.includes("Title &lt;script&gt;"),
  }));
} finally {
  await browser.close();
}
