/**
 * Links to the notebooks' HTML exports (relative links only).
 * @module
 */
import type { ReportContext } from "../context.ts";
import { safeRelativeHref } from "../escape.ts";
import { markup, type SafeHtml } from "../html.ts";
import { section, type SectionHead } from "./section.ts";

/** The section's id and heading. */
export const NOTEBOOKS: SectionHead = { id: "notebooks", title: "Notebooks" };

/** The notebooks section; a link that is not relative is shown as text, not linked. */
export function notebooksSection(ctx: ReportContext): SafeHtml {
  const items = ctx.input.notebooks.map((n) => {
    const href = safeRelativeHref(n.href);
    return href
      ? markup`<li><a href="${href}">${n.name}</a></li>`
      : markup`<li>${n.name} <span class="muted">(not linked: <code>${n.href}</code> is not a relative path)</span></li>`;
  });
  return section(
    NOTEBOOKS,
    markup`
      <p>HTML exports of the notebooks that explore this version:</p>
      <ul>${items}</ul>
    `,
  );
}
