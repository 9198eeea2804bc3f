/**
 * Title block, the synthetic-data notice and the table of contents.
 * @module
 */
import type { ReportContext } from "../context.ts";
import { markup, type SafeHtml } from "../html.ts";
import type { SectionHead } from "./section.ts";

/** The notice shown whenever the data are synthetic. */
export function syntheticNotice(): SafeHtml {
  return markup`
    <aside class="notice" role="note" id="synthetic-notice">
      <p><strong>Synthetic data.</strong> The data analysed in this report were simulated; they are not
    responses of real participants. Every number, table and figure below describes the simulated data
    set only and must not be read or cited as a finding about the study's population.</p>
    </aside>
  `;
}

/** Title, version, notice (when synthetic) and contents. */
export function headerBlock(ctx: ReportContext, contents: SectionHead[]): SafeHtml {
  const { results, study, version } = ctx.input;
  const synthetic = results.synthetic || study.synthetic;
  return markup`
    <header>
    <p class="kicker">Analysis report${synthetic ? " · synthetic data" : ""}</p>
    <h1>${results.study.title}</h1>
    <p class="meta">Study <code>${results.study.id}</code> · version <code>${version}</code></p>
    ${results.study.description ? markup`<p class="lead">${results.study.description}</p>` : ""}
    </header>
    ${synthetic ? syntheticNotice() : ""}
    <nav aria-label="Contents" class="toc">
      <h2 class="toc-title">Contents</h2>
      <ol>
    ${contents.map((c) => markup`<li><a href="#${c.id}">${c.title}</a></li>\n`)}</ol>
    </nav>
  `;
}
