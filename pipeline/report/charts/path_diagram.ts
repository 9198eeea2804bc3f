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
const _GAP = 28;

function _box(cx: number, top: number, label: string): SafeHtml {
  const x = cx - _BOX_W / 2;
  const ty = top + _BOX_H / 2 + 5;
  return markup`<g class="node"><rect fill="none" stroke="currentColor" x="${x}" y="${top}" width="${_BOX_W}" height="${_BOX_H}" rx="6"/>
<text x="${cx}" y="${ty}" text-anchor="middle" font-weight="bold">${label}</text></g>`;
}

function _line(id: string, from: [number, number], to: [number, number]): SafeHtml {
  return markup`<line stroke="currentColor" stroke-width="1.5" x1="${from[0]}" y1="${
    from[1]
  }" x2="${to[0]}" y2="${to[1]}" marker-end="url(#${id}-arrow)"/>`;
}

function _text(x: number, y: number, anchor: "start" | "end" | "middle", label: string): SafeHtml {
  return markup`<text x="${x}" y="${y}" text-anchor="${anchor}">${label}</text>`;
}

/** The point a share `t` of the way from `p` to `q`. */
function _along(p: [number, number], q: [number, number], t: number): [number, number] {
  return [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])];
}

/** A label centred on an arrow, over a background box that hides the arrow beneath it. */
function _onLine(x: number, y: number, label: string): SafeHtml {
  const r = (v: number) => Math.round(v * 10) / 10;
  // No text measurement here: ~0.57 em per character of the 13 px font, plus a margin.
  const width = label.length * 7.4 + 8;
  return markup`<rect class="label-bg" x="${r(x - width / 2)}" y="${r(y - 10)}" width="${
    r(width)
  }" height="20" rx="3" fill="#ffffff" stroke="none"/>
<text x="${r(x)}" y="${r(y + 5)}" text-anchor="middle">${label}</text>`;
}

/**
 * Renders the diagram as an inline SVG element: X bottom left, Y bottom right; one
 * mediator above the middle (the classic triangle), several parallel mediators in a
 * column (each path labelled on its arrow), two serial mediators side by side with the
 * M1 → M2 arrow.
 */
export function pathDiagramSvg(d: PathDiagram): SafeHtml {
  const k = d.mediators.length;
  const column = d.serial === null && k > 1;
  const spacing = d.serial === null ? _BOX_W + 20 : _BOX_W + 130;
  const width = column ? 760 : Math.max(680, k * spacing + 60);
  const bottom = column ? _TOP + k * (_BOX_H + _GAP) + 40 : 200;
  const height = bottom + _BOX_H + 30 + 20 * d.footer.length;
  const xCx = _BOX_W / 2 + 10;
  const yCx = width - _BOX_W / 2 - 10;
  const parts: SafeHtml[] = [_box(xCx, bottom, d.x), _box(yCx, bottom, d.y)];
  // Labels drawn on arrows go last, above every line.
  const onTop: SafeHtml[] = [];
  d.mediators.forEach((m, i) => {
    const cx = column ? width / 2 : width / 2 + (i - (k - 1) / 2) * spacing;
    const top = column ? _TOP + i * (_BOX_H + _GAP) : _TOP;
    parts.push(_box(cx, top, m.name));
    if (column) {
      // Arrows fan out over the top edges of X and Y in an order that keeps them from
      // crossing; each label sits on its own arrow.
      const cy = top + _BOX_H / 2;
      const left = cx - _BOX_W / 2;
      const right = cx + _BOX_W / 2;
      const spread = k === 1 ? 0.5 : i / (k - 1);
      const from: [number, number] = [xCx - 50 + 100 * spread, bottom];
      const to: [number, number] = [yCx + 50 - 100 * spread, bottom - 4];
      const aAt = _along(from, [left - 4, cy], 0.72);
      const bAt = _along([right, cy], to, 0.28);
      parts.push(_line(d.id, from, [left - 4, cy]), _line(d.id, [right, cy], to));
      onTop.push(_onLine(aAt[0], aAt[1], m.a), _onLine(bAt[0], bAt[1], m.b));
    } else {
      const a: [number, number] = [cx - 30, top + _BOX_H + 4];
      const b: [number, number] = [yCx - 20, bottom - 4];
      parts.push(_line(d.id, [xCx + 20, bottom], a), _line(d.id, [cx + 30, top + _BOX_H], b));
      if (k === 1) {
        parts.push(
          _text((xCx + 20 + a[0]) / 2 - 10, (bottom + a[1]) / 2, "end", m.a),
          _text((cx + 30 + b[0]) / 2 + 10, (top + _BOX_H + b[1]) / 2, "start", m.b),
        );
      } else {
        // Side by side the a and b arrows cross in the middle: labels sit on their own
        // arrows, away from the crossing (a near X, b near Y).
        const aAt = _along([xCx + 20, bottom], a, 0.3);
        const bAt = _along([cx + 30, top + _BOX_H], b, 0.7);
        onTop.push(_onLine(aAt[0], aAt[1], m.a), _onLine(bAt[0], bAt[1], m.b));
      }
    }
  });
  if (d.serial !== null && k >= 2) {
    const y = _TOP + _BOX_H / 2;
    const c0 = width / 2 - spacing / 2;
    const c1 = width / 2 + spacing / 2;
    parts.push(
      _line(d.id, [c0 + _BOX_W / 2, y], [c1 - _BOX_W / 2 - 4, y]),
      _text(width / 2, y - 8, "middle", d.serial),
    );
  }
  const midY = bottom + _BOX_H / 2;
  parts.push(
    _line(d.id, [xCx + _BOX_W / 2, midY], [yCx - _BOX_W / 2 - 4, midY]),
    _text(width / 2, midY - 8, "middle", d.direct),
    _text(width / 2, midY + 20, "middle", d.total),
  );
  parts.push(...onTop);
  d.footer.forEach((line, i) =>
    parts.push(_text(width / 2, bottom + _BOX_H + 36 + 20 * i, "middle", line))
  );
  const labelledBy = `${d.id}-t ${d.id}-desc`;
  return markup`<svg class="path-diagram" role="img" aria-labelledby="${labelledBy}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="sans-serif" font-size="13">
<title id="${d.id}-t">${d.title}</title><desc id="${d.id}-desc">${d.description}</desc>
<defs><marker id="${d.id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="currentColor"/></marker></defs>
<g fill="currentColor">
${join(parts, "\n")}
</g>
</svg>`;
}
