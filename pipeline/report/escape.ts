/**
 * HTML escaping: every data-derived string goes through {@link escapeHtml} before it
 * enters the report (text and double-quoted attribute values alike).
 * @module
 */

const _ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes `&`, `<`, `>`, `"` and `'`, so the result is safe as HTML text and as a quoted
 * attribute value. Non-strings are converted with `String()` first.
 *
 * @example
 * ```ts
 * import { escapeHtml } from "./escape.ts";
 * if (escapeHtml('<a href="x">') !== "&lt;a href=&quot;x&quot;&gt;") throw new Error("escape");
 * ```
 */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => _ENTITIES[c]);
}

/**
 * Escapes `&`, `<` and `>` only: safe as the text content of an element (not as an
 * attribute value), where quotes have no meaning. For long verbatim blocks such as the
 * JSON specifications, whose many quotes would otherwise each cost six bytes.
 *
 * @example
 * ```ts
 * import { escapeText } from "./escape.ts";
 * if (escapeText('{"a": "<b>"}') !== '{"a": "&lt;b&gt;"}') throw new Error("escape");
 * ```
 */
export function escapeText(value: unknown): string {
  return String(value).replace(/[&<>]/g, (c) => _ENTITIES[c]);
}

/**
 * A link target that stays inside the report's folder tree: relative paths and `#`
 * fragments only. Returns null for anything with a scheme (`https:`, `javascript:`,
 * `data:`…) or a protocol-relative `//host`, which the report then shows as plain text.
 *
 * @example
 * ```ts
 * import { safeRelativeHref } from "./escape.ts";
 * if (safeRelativeHref("../v1/report.html") !== "../v1/report.html") throw new Error("kept");
 * if (safeRelativeHref("javascript:alert(1)") !== null) throw new Error("dropped");
 * ```
 */
export function safeRelativeHref(href: string): string | null {
  const trimmed = href.trim();
  if (trimmed === "" || /^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return null;
  // Browsers read "\" as "/" and drop control characters inside a URL ("java\tscript:").
  if (trimmed.replace(/\\/g, "/").startsWith("//")) return null;
  for (let i = 0; i < trimmed.length; i++) if (trimmed.charCodeAt(i) < 0x20) return null;
  return trimmed;
}
