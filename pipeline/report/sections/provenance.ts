/**
 * Provenance: version, environment, input hashes, options, and what changed in the key
 * estimates since the previous version.
 * @module
 */
import { formatCount, formatLevel, formatNumber } from "../apa.ts";
import type { ReportContext } from "../context.ts";
import { safeRelativeHref } from "../escape.ts";
import { markup, num, type SafeHtml, table } from "../html.ts";
import { keyEstimates } from "../key_estimates.ts";
import { section, type SectionHead } from "./section.ts";

/** The section's id and heading. */
export const PROVENANCE: SectionHead = { id: "provenance", title: "Provenance" };

/** JSON with object keys sorted at every level (stable across key insertion orders). */
export function sortedJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v !== null && typeof v === "object") {
      return Object.fromEntries(
        Object.keys(v as object).sort().map((k) => [k, sort((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return JSON.stringify(sort(value), null, 2);
}

function _changes(ctx: ReportContext): SafeHtml {
  const previous = ctx.input.previous;
  if (!previous) {
    return markup`<p>This is the first version: there is no earlier one to compare with.</p>`;
  }
  const href = safeRelativeHref(
    previous.href ?? `../${encodeURIComponent(previous.version)}/report.html`,
  );
  const link = href
    ? markup`<a href="${href}">version <code>${previous.version}</code></a>`
    : markup`version <code>${previous.version}</code>`;
  const now = keyEstimates(ctx.input.results);
  const keys = [...new Set([...Object.keys(now), ...Object.keys(previous.keyEstimates)])];
  const show = (v: number | null | undefined) => v === undefined ? "(absent)" : formatNumber(v, 4);
  const changed = keys.filter((k) => now[k] !== previous.keyEstimates[k]);
  if (changed.length === 0) {
    return markup`<p>Previous: ${link}. None of the ${
      formatCount(keys.length)
    } key estimates changed.</p>`;
  }
  const t = ctx.nextTable();
  return markup`<p>Previous: ${link}. ${formatCount(changed.length)} of ${
    formatCount(keys.length)
  } key
estimates changed:</p>
${
    table({
      id: t.id,
      label: t.label,
      title: "Key estimates that changed since the previous version",
      head: ["Estimate", "Previous", "This version", "Change"],
      rows: changed.map((k) => {
        const before = previous.keyEstimates[k];
        const after = now[k];
        const delta = typeof before === "number" && typeof after === "number"
          ? formatNumber(after - before, 4)
          : "—";
        return [
          { content: markup`<code>${k}</code>`, rowHeader: true },
          num(show(before)),
          num(show(after)),
          num(delta),
        ];
      }),
      note: "Values to four decimals; change = this version − previous.",
    })
  }`;
}

/** The provenance section. */
export function provenanceSection(ctx: ReportContext): SafeHtml {
  const { manifest, results, version } = ctx.input;
  const t = ctx.nextTable();
  const files = table({
    id: t.id,
    label: t.label,
    title: "Input files and their SHA-256 hashes",
    head: ["File", "SHA-256"],
    rows: manifest.files.map((
      f,
    ) => [{ content: f.path, rowHeader: true }, markup`<code class="hash">${f.sha256}</code>`]),
  });
  return section(
    PROVENANCE,
    markup`
      <dl class="facts">
        <dt>Version</dt>
        <dd><code>${version}</code></dd>
        <dt>Study</dt>
        <dd><code>${results.study.id}</code>${results.synthetic ? " (synthetic data)" : ""}</dd>
        <dt>Seed</dt>
        <dd>${results.settings.seed}</dd>
        <dt>Bootstrap resamples</dt>
        <dd>${formatCount(results.settings.resamples)}</dd>
        <dt>Confidence level</dt>
        <dd>${formatLevel(results.settings.confLevel)}</dd>
        <dt>Deno</dt>
        <dd>${manifest.denoVersion}</dd>
        <dt>Lockfile SHA-256</dt>
        <dd><code class="hash">${manifest.lockfileSha256}</code></dd>
        <dt>Git commit</dt>
        <dd>${
      manifest.gitCommit ? markup`<code class="hash">${manifest.gitCommit}</code>` : "not recorded"
    }</dd>
      </dl>
      ${files}
      <details>
        <summary>Options of the run</summary>
        <pre><code>${sortedJson(manifest.options)}</code></pre>
      </details>
      <h3>Changes since the previous version</h3>
      ${_changes(ctx)}
    `,
  );
}
