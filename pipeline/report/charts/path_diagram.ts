/**
 * The mediation path diagram, drawn by hand as SVG (boxes and arrows; colours follow
 * the page through `currentColor`, so it reads in light and dark mode).
 * @module
 */
import { join, markup, type SafeHtml } from "../html.ts";

/** What the diagram shows; every label is already formatted text. */
export interface PathDiagram {
  /** Document-unique id prefix (the figure's id). */
  id: string;
  x: string;
  y: string;
  /** One entry per mediator, in order: its name and the labels of its a and b paths. */
  mediators: { name: string; a: string; b: string }[];
  /** Label of the path from the first to the second mediator (serial models), or null. */
  serial: string | null;
  /** Label of the direct effect (c′) and of the total effect (c). */
  direct: string;
  total: string;
  /** Line(s) under the diagram, e.g. the indirect effect with its interval. */
  footer: string[];
  /** Accessible title and description. */
  title: string;
  description: string;
}

const _BOX_W = 170;
const _BOX_H = 46;
const _TOP = 20;
const _BOTTOM = 200;

function _box(cx: number, top: number, label: string): SafeHtml {
  const x = cx - _BOX_W / 2;
  const ty = top + _BOX_H / 2 + 5;
  return markup`<g class="node"><rect fill="none" stroke="currentColor" x="${x}" y="${top}" width="${_BOX_W}" height="${_BOX_H}" rx="6"/>
<text x="${cx}" y="${ty}" text-anchor="middle" font-weight="bold">${label}</text></g>`;
}

function _arrow(
  id: string,
  from: [number, number],
  to: [number, number],
  label: string,
  anchor: "start" | "end" | "middle",
  dy: number,
): SafeHtml {
  const mx = (from[0] + to[0]) / 2 + (anchor === "end" ? -10 : anchor === "start" ? 10 : 0);
  const my = (from[1] + to[1]) / 2 + dy;
  return markup`<line stroke="currentColor" stroke-width="1.5" x1="${from[0]}" y1="${
    from[1]
  }" x2="${to[0]}" y2="${to[1]}" marker-end="url(#${id}-arrow)"/>
<text x="${mx}" y="${my}" text-anchor="${anchor}">${label}</text>`;
}

/**
 * Renders the diagram as an inline SVG element: X bottom left, Y bottom right, the
 * mediators in a row above (wider apart for a serial model, with the M1 → M2 arrow).
 */
export function pathDiagramSvg(d: PathDiagram): SafeHtml {
  const k = Math.max(1, d.mediators.length);
  const spacing = d.serial === null ? _BOX_W + 20 : _BOX_W + 130;
  const width = Math.max(680, k * spacing + 60);
  const height = _BOTTOM + _BOX_H + 30 + 20 * d.footer.length;
  const xCx = _BOX_W / 2 + 10;
  const yCx = width - _BOX_W / 2 - 10;
  const centers = d.mediators.map((_, i) => width / 2 + (i - (k - 1) / 2) * spacing);
  const parts: SafeHtml[] = [_box(xCx, _BOTTOM, d.x), _box(yCx, _BOTTOM, d.y)];
  d.mediators.forEach((m, i) => {
    const cx = centers[i];
    parts.push(
      _box(cx, _TOP, m.name),
      _arrow(d.id, [xCx + 20, _BOTTOM], [cx - 30, _TOP + _BOX_H + 4], m.a, "end", 0),
      _arrow(d.id, [cx + 30, _TOP + _BOX_H], [yCx - 20, _BOTTOM - 4], m.b, "start", 0),
    );
  });
  if (d.serial !== null && centers.length >= 2) {
    const y = _TOP + _BOX_H / 2;
    const from: [number, number] = [centers[0] + _BOX_W / 2, y];
    parts.push(_arrow(d.id, from, [centers[1] - _BOX_W / 2 - 4, y], d.serial, "middle", -8));
  }
  const midY = _BOTTOM + _BOX_H / 2;
  const direct: [number, number] = [xCx + _BOX_W / 2, midY];
  parts.push(_arrow(d.id, direct, [yCx - _BOX_W / 2 - 4, midY], d.direct, "middle", -8));
  parts.push(
    markup`<text x="${width / 2}" y="${midY + 20}" text-anchor="middle">${d.total}</text>`,
  );
  d.footer.forEach((line, i) => {
    const y = _BOTTOM + _BOX_H + 36 + 20 * i;
    parts.push(markup`<text x="${width / 2}" y="${y}" text-anchor="middle">${line}</text>`);
  });
  const labelledBy = `${d.id}-t ${d.id}-desc`;
  return markup`<svg class="path-diagram" role="img" aria-labelledby="${labelledBy}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="sans-serif" font-size="13">
<title id="${d.id}-t">${d.title}</title><desc id="${d.id}-desc">${d.description}</desc>
<defs><marker id="${d.id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="currentColor"/></marker></defs>
<g fill="currentColor">
${join(parts, "\n")}
</g>
</svg>`;
}
