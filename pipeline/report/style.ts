/**
 * The report's stylesheet (inlined: the page loads nothing). Light and dark colour
 * schemes, tables that scroll sideways on narrow screens, and print rules.
 * @module
 */

/** The CSS of the report. */
export const REPORT_CSS = `
:root { color-scheme: light dark; --fg: #1b1f24; --bg: #ffffff; --muted: #57606a;
  --rule: #8c959f; --soft: #d8dee4; --alt: #f6f8fa; --link: #0b5cad; --box: #eef4fb;
  --notice-bg: #fff4e5; --notice-line: #b35900; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9da7b3; --rule: #6e7681; --soft: #30363d;
    --alt: #161b22; --link: #6cb6ff; --box: #1c2a3a; --notice-bg: #3a2410; --notice-line: #f0a050; }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; color: var(--fg); background: var(--bg);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 64rem; margin: 0 auto; padding: 1rem 1rem 4rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: .25rem 0 .5rem; }
h2 { font-size: 1.4rem; margin: 2.5rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid var(--soft); }
h3 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 .5rem; }
p, li, dd { max-width: 46rem; }
a { color: var(--link); }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .88em; }
.kicker { text-transform: uppercase; letter-spacing: .06em; font-size: .8rem; color: var(--muted); margin: 0; }
.meta, .muted { color: var(--muted); }
.lead { font-size: 1.02rem; }
.notice { border: 2px solid var(--notice-line); border-left-width: 8px; background: var(--notice-bg);
  padding: .75rem 1rem; margin: 1rem 0 1.5rem; border-radius: 4px; }
.notice p { margin: 0; max-width: none; }
.notice-inline { border-left: 4px solid var(--notice-line); padding-left: .75rem; }
.toc { background: var(--alt); border: 1px solid var(--soft); border-radius: 6px; padding: .5rem 1rem; }
.toc-title { font-size: 1rem; margin: .25rem 0; border: 0; padding: 0; }
.toc ol { margin: .25rem 0; padding-left: 1.5rem; columns: 2 14rem; }
.citation { font-style: italic; }
.instruments > li { margin-bottom: .75rem; }
dl.definitions dt, dl.facts dt { font-weight: 600; margin-top: .5rem; }
dl.definitions dd, dl.facts dd { margin-left: 1.25rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dl.facts dt { margin: 0; } dl.facts dd { margin: 0; min-width: 0; }
.hash { word-break: break-all; }
figure { margin: 1.5rem 0; min-width: 0; }
figcaption .label { display: block; font-weight: 700; }
figcaption .title { font-style: italic; }
.note { font-size: .9rem; margin: .4rem 0; max-width: none; }
.scroll { overflow-x: auto; max-width: 100%; -webkit-overflow-scrolling: touch; }
.scroll:focus { outline: 2px solid var(--link); outline-offset: 2px; }
table { border-collapse: collapse; font-size: .9rem; margin: .4rem 0;
  border-top: 2px solid var(--rule); border-bottom: 2px solid var(--rule); }
thead th { border-bottom: 1px solid var(--rule); font-weight: 600; vertical-align: bottom; }
th, td { padding: .3rem .6rem; text-align: left; vertical-align: top; }
tbody tr:nth-child(even) { background: var(--alt); }
th[scope="row"] { font-weight: 500; }
th.sub { padding-left: 1.6rem; font-weight: 400; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.matrix sup { font-size: .75em; }
.nowrap { white-space: nowrap; }
.effects tbody tr { background: transparent; }
.effects tbody th, .effects tbody td { border-top: 1px solid var(--soft); }
figure.data { margin: .5rem 0; }
figure.data figcaption { font-size: .9rem; }
.chart-box { background: #ffffff; color: #1b1f24; border: 1px solid var(--soft); border-radius: 6px;
  padding: .25rem; overflow-x: auto; max-width: 100%; }
.chart-box svg { display: block; max-width: 100%; height: auto; }
.diagram-box { background: var(--bg); color: var(--fg); }
.path-diagram rect { fill: var(--box); stroke: currentColor; }
.path-diagram text { fill: currentColor; stroke: none; }
.path-diagram rect.label-bg { fill: var(--bg); stroke: none; }
.figure-grid, .figure-pair { display: grid; gap: 0 1.25rem;
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 19rem), 1fr)); }
details { margin: .4rem 0; }
summary { cursor: pointer; color: var(--link); }
details[open] > summary { margin-bottom: .25rem; }
details.audit { border: 1px solid var(--soft); border-radius: 6px; padding: .4rem .75rem; }
pre { background: var(--alt); border: 1px solid var(--soft); border-radius: 6px; padding: .5rem .75rem;
  overflow: auto; max-height: 28rem; font-size: .8rem; line-height: 1.4; }
.flow { list-style: none; padding: 0; margin: .5rem 0; max-width: 34rem; }
.flow-step { border: 1px solid var(--rule); border-radius: 6px; padding: .5rem .75rem; background: var(--alt); }
.flow-step > span:first-child { font-weight: 600; }
.flow-step > strong { float: right; font-variant-numeric: tabular-nums; }
.flow-step + .flow-step { margin-top: 1.6rem; position: relative; }
.flow-step + .flow-step::before { content: "\\2193"; position: absolute; top: -1.55rem; left: 1.25rem;
  font-size: 1.1rem; color: var(--muted); }
.flow-step ul { list-style: none; padding-left: 1rem; margin: .4rem 0 0; clear: both; }
.flow-step li { display: flex; justify-content: space-between; gap: 1rem; font-size: .9rem; }
.flow-step.final { border-width: 2px; }
.hypotheses > li { margin-bottom: .9rem; }
.tag { display: inline-block; font-size: .75rem; font-weight: 600; vertical-align: middle;
  padding: .05rem .45rem; border: 1px solid var(--rule); border-radius: 999px; color: var(--muted); }
.finding-summary { border-left: 4px solid var(--link); padding-left: .75rem; }
.model-list li { margin: .15rem 0; }
th.center { text-align: center; }
.compact tbody tr:nth-child(even) { background: transparent; }
.hypothesis { font-weight: 600; margin: 0; }
.finding { margin: .15rem 0 0; }
@media (max-width: 40rem) {
  body { font-size: 15px; }
  main { padding: .75rem .75rem 3rem; }
  h1 { font-size: 1.4rem; }
  th, td { padding: .25rem .45rem; }
  dl.facts { grid-template-columns: 1fr; }
  dl.facts dd { margin-bottom: .35rem; }
}
@media print {
  :root { --fg: #000; --bg: #fff; --muted: #333; --alt: #fff; --link: #000; --box: #fff;
    --notice-bg: #fff; --notice-line: #000; }
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  .toc, details.spec { display: none; }
  figure, table, .flow, .notice { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
  .scroll, .chart-box, pre { overflow: visible; max-height: none; border: 0; }
  details::details-content { content-visibility: visible; display: block; }
  summary { color: #000; }
  tbody tr:nth-child(even) { background: none; }
}
`;
