/**
 * Jupyter's display protocol without `Deno.jupyter`: a value with a
 * `[Symbol.for("Jupyter.display")]()` method is shown by the Deno kernel as the MIME
 * bundle that method returns. Outside a notebook the method is never called, so these
 * wrappers are harmless anywhere (unlike `Deno.jupyter`, which throws outside a kernel).
 * @module
 */
import { escapeHtml } from "../report/escape.ts";

/** HTML escaping, shared with the report (one implementation for every rendering). */
export { escapeHtml };

/** The symbol the Deno kernel looks for on a cell's value. */
export const JUPYTER_DISPLAY: unique symbol = Symbol.for("Jupyter.display");

/** A MIME bundle: MIME type → content (a string, or JSON for `*json` types). */
export type MimeBundle = Record<string, unknown>;

/** A value the kernel displays as `bundle`. */
export interface Displayable {
  readonly bundle: MimeBundle;
  [JUPYTER_DISPLAY](): MimeBundle;
  /** The bundle's `text/plain`, so `console.log` and string templates read well. */
  toString(): string;
}

/**
 * Wraps a MIME bundle so the kernel displays it. The bundle should hold `text/plain`
 * (the fallback every front end can show).
 *
 * @example
 * ```ts
 * import { displayable, JUPYTER_DISPLAY } from "./display.ts";
 * const shown = displayable({ "text/html": "<b>72</b>", "text/plain": "72" });
 * if (shown[JUPYTER_DISPLAY]()["text/plain"] !== "72") throw new Error("bundle");
 * ```
 */
export function displayable(bundle: MimeBundle): Displayable {
  const frozen = Object.freeze({ ...bundle });
  return {
    bundle: frozen,
    [JUPYTER_DISPLAY]: () => ({ ...frozen }),
    toString: () => String(frozen["text/plain"] ?? ""),
  };
}

/** True when `value` carries the display protocol's method. */
export function isDisplayable(value: unknown): value is Displayable {
  return typeof value === "object" && value !== null &&
    typeof (value as Record<symbol, unknown>)[JUPYTER_DISPLAY] === "function";
}

/**
 * Shows several items as one output (a cell displays only its last value): each
 * displayable's HTML in turn, strings as paragraphs, and the same in plain text.
 *
 * @example
 * ```ts
 * import { displayable, stack } from "./display.ts";
 * const both = stack("Sample", displayable({ "text/html": "<i>n</i>", "text/plain": "n" }));
 * if (both.bundle["text/html"] !== "<p>Sample</p>\n<i>n</i>") throw new Error("html");
 * if (String(both) !== "Sample\n\nn") throw new Error("plain");
 * ```
 */
export function stack(...items: (Displayable | string)[]): Displayable {
  const html: string[] = [];
  const plain: string[] = [];
  for (const item of items) {
    if (typeof item === "string") {
      html.push(`<p>${escapeHtml(item)}</p>`);
      plain.push(item);
      continue;
    }
    const bundle = item.bundle;
    const text = String(bundle["text/plain"] ?? "");
    if (typeof bundle["text/html"] === "string") html.push(bundle["text/html"]);
    else if (typeof bundle["image/svg+xml"] === "string") html.push(bundle["image/svg+xml"]);
    else html.push(`<pre>${escapeHtml(text)}</pre>`);
    plain.push(text);
  }
  return displayable({ "text/html": html.join("\n"), "text/plain": plain.join("\n\n") });
}

/**
 * Preformatted text (e.g. an error message), shown as is in a monospaced block.
 *
 * @example
 * ```ts
 * import { preformatted } from "./display.ts";
 * if (preformatted("a < b").bundle["text/html"] !== "<pre>a &lt; b</pre>") throw new Error();
 * ```
 */
export function preformatted(text: string): Displayable {
  return displayable({ "text/html": `<pre>${escapeHtml(text)}</pre>`, "text/plain": text });
}

/**
 * A JSON value shown as `application/json` (JupyterLab's JSON viewer), with a collapsed
 * `text/html` block and a pretty-printed `text/plain` fallback. Each notebook's last cell shows its key numbers this way, and the
 * notebook tests read them back from the executed notebook. Throws a `TypeError` for
 * values JSON cannot hold exactly (NaN, ±Infinity, undefined, functions, typed arrays).
 *
 * @example
 * ```ts
 * import { jsonOutput } from "./display.ts";
 * const shown = jsonOutput({ nAnalysed: 72 });
 * if ((shown.bundle["application/json"] as { nAnalysed: number }).nAnalysed !== 72) {
 *   throw new Error("json");
 * }
 * ```
 */
export function jsonOutput(value: unknown): Displayable {
  _checkJson(value, "$");
  const text = JSON.stringify(value, null, 2);
  return displayable({
    "application/json": JSON.parse(text),
    // Collapsed in HTML exports, where the JSON viewer of JupyterLab is not available.
    "text/html": `<details><summary>Key numbers (JSON, ${text.length} characters)</summary>` +
      `<pre>${escapeHtml(text)}</pre></details>`,
    "text/plain": text,
  });
}

function _checkJson(value: unknown, path: string): void {
  if (value === null || typeof value === "string" || typeof value === "boolean") return;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`${path} is ${value}: not valid JSON`);
    return;
  }
  if (Array.isArray(value)) return value.forEach((v, i) => _checkJson(v, `${path}[${i}]`));
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value as object)) _checkJson(v, `${path}.${k}`);
    return;
  }
  throw new TypeError(`${path} is not plain JSON data (${Object.prototype.toString.call(value)})`);
}
