/**
 * The report's sections: ids and titles (the table of contents), and the wrapper.
 * @module
 */
import { type HtmlValue, markup, type SafeHtml } from "../html.ts";

/** A top-level section: its fixed id and its heading. */
export interface SectionHead {
  id: string;
  title: string;
}

/** Wraps `body` in a `<section>` with an `<h2>`. */
export function section(head: SectionHead, body: HtmlValue): SafeHtml {
  return markup`
    <section id="${head.id}" aria-labelledby="${head.id}-h">
    <h2 id="${head.id}-h">${head.title}</h2>
    ${body}
    </section>
  `;
}
