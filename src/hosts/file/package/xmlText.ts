/** Characters XML 1.0 cannot hold (C0 controls but tab and newline, lone surrogates, U+FFFE/F), and CR, which parsers turn into LF. */
// eslint-disable-next-line no-control-regex
const UNWRITABLE = /[\x00-\x08\x0b-\x0d\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Any character one of the replacements below may touch. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[\x00-\x1f&<>"_\ud800-\udfff\ufffe\uffff]/;
/** Text that a reader would decode as an escaped character: its `_` must itself be escaped. */
const LOOKS_ESCAPED = /_(?=x[0-9A-Fa-f]{4}_)/g;

/**
 * Text for a cell, as Excel stores it in XML: `&`, `<`, `>` escaped, and every character XML
 * 1.0 forbids (and CR, which parsers normalise away) written as Excel's `_xHHHH_`. Text that
 * already reads like such an escape (`_x000D_`) gets its underscore escaped as `_x005F_`, so a
 * reader shows it exactly as written.
 *
 * @example
 * escapeCellText('a<b & _x000D_\u0001') // → 'a&lt;b &amp; _x005F_x000D__x0001_'
 */
export function escapeCellText(text: string): string {
  // Most cells hold plain text: one test instead of three replacements.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return escapeXml(text.replace(LOOKS_ESCAPED, '_x005F_').replace(UNWRITABLE, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`));
}

/**
 * Text for XML content or a double-quoted attribute value.
 *
 * @example
 * escapeXml('R&D "2026"') // → 'R&amp;D &quot;2026&quot;'
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&quot;'));
}

/**
 * The value of an attribute as XML wrote it, unescaped (the five entities and character references).
 *
 * @example
 * unescapeXml('R&amp;D &#233;') // → 'R&D é'
 */
export function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e] as string;
  });
}
