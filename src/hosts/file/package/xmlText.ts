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
