/**
 * Sample: the participant flow (read → excluded by reason → analysed) and the complete
 * audit log of the cleaner.
 * @module
 */
import { formatCount } from "../apa.ts";
import type { ReportContext } from "../context.ts";
import { details, markup, num, type SafeHtml, table } from "../html.ts";
import { section, type SectionHead } from "./section.ts";

/** The section's id and heading. */
export const SAMPLE: SectionHead = { id: "sample", title: "Sample" };

/** Words for an exclusion rule id (unknown rules show as themselves). */
export function reasonLabel(reason: string, name: (id: string) => string): string {
  const fixed: Record<string, string> = {
    "missing-id": "Participant id missing",
    "duplicate-identical": "Exact duplicate of an earlier row",
    "duplicate-conflicting": "Duplicated id with conflicting answers (all copies)",
  };
  if (reason in fixed) return fixed[reason];
  if (reason.startsWith("insufficient-items:")) {
    return `Too few answered items on ${name(reason.slice("insufficient-items:".length))}`;
  }
  return reason;
}

function _flow(ctx: ReportContext): SafeHtml {
  const s = ctx.input.results.sample;
  const reasons = s.excludedByReason.map((r) =>
    markup`<li><span>${
      reasonLabel(r.reason, ctx.labels.name)
    } <code>${r.reason}</code></span> <strong>${formatCount(r.n)}</strong></li>`
  );
  const blank = s.blankLines
    ? markup`<br><span class="muted">(${formatCount(s.blankLines)} blank ${
      s.blankLines === 1 ? "line" : "lines"
    } skipped)</span>`
    : "";
  const list = reasons.length ? markup`<ul>${reasons}</ul>` : "";
  return markup`<ol class="flow" aria-label="Participant flow">
<li class="flow-step"><span>Rows read from the data file</span> <strong>${
    formatCount(s.nRaw)
  }</strong>${blank}</li>
<li class="flow-step excluded"><span>Excluded</span> <strong>${
    formatCount(s.nExcluded)
  }</strong>${list}</li>
<li class="flow-step final"><span>Analysed</span> <strong>${formatCount(s.nAnalysed)}</strong></li>
</ol>
`;
}

function _audit(ctx: ReportContext): SafeHtml {
  const audit = ctx.input.figures.audit;
  const t = ctx.nextTable();
  const byRule = new Map<string, number>();
  for (const e of audit) byRule.set(e.rule, (byRule.get(e.rule) ?? 0) + 1);
  const counts = [...byRule].sort(([a], [b]) => a.localeCompare(b)).map(([rule, n]) =>
    `${rule}: ${formatCount(n)}`
  ).join("; ");
  const body = table({
    id: t.id,
    label: t.label,
    title: "Audit log of the cleaning stage",
    head: ["Row", "Id", "Column", "Old value", "New value", "Rule"],
    rows: audit.map((e) => [
      num(formatCount(e.row)),
      e.id ?? "—",
      e.column ?? "(whole row)",
      e.oldValue === null ? "—" : markup`<code>${e.oldValue}</code>`,
      e.newValue === null ? "—" : markup`<code>${e.newValue}</code>`,
      markup`<code>${e.rule}</code>`,
    ]),
    note: "Row is the line of the raw file (header = 1). A whole-row entry is an exclusion; " +
      "a new value of — means the cell became missing.",
  });
  return details(
    markup`Audit log: ${formatCount(audit.length)} entries${counts ? ` (${counts})` : ""}`,
    body,
    "audit",
  );
}

/** The sample section. */
export function sampleSection(ctx: ReportContext): SafeHtml {
  return section(
    SAMPLE,
    markup`<h3>Participant flow</h3>
${_flow(ctx)}
<h3>Changes and exclusions</h3>
${_audit(ctx)}`,
  );
}
