const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const EXCEL_ESCAPE = /_x([0-9a-fA-F]{4})_/g;

/**
 * XML character data with its five predefined entities and character references decoded. Any
 * other entity reference (one a DTD would define) is left as written: DTD entities are never
 * expanded (a "billion laughs" part stays small), and parts declaring a DTD are refused anyway.
 *
 * @example
 * decodeXmlText('Tom &amp; Jerry &#x263A;') // → 'Tom & Jerry ☺'
 * decodeXmlText('&a5;')                     // → '&a5;'
 */
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name];
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0x10ffff ? whole : String.fromCodePoint(code);
  });
}

/**
 * Excel's `_xHHHH_` escapes in cell text decoded (`_x000D_` is a carriage return, `_x005F_` an
 * escaped underscore, so `_x005F_x000D_` is the literal text `_x000D_`).
 *
 * @example
 * decodeExcelEscapes('a_x000D_b')      // → 'a\rb'
 * decodeExcelEscapes('_x005F_x000D_')  // → '_x000D_'
 */
export function decodeExcelEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(EXCEL_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

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
