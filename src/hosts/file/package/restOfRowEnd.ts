import { indexOfByte, isNameAt, localNameAt } from './xmlBytes';

/**
 * Where the rest of a row's markup from `p` ends: at its closing row tag (or the end of the
 * sheet data), found by hopping from `<` to `<` without reading tags; `p` itself when a
 * comment, CDATA section or processing instruction comes first (read as usual then), or when
 * the part's piece ends before.
 *
 * @example
 * const xml = new TextEncoder().encode('<c r="D3"><v>1</v></c></row><row r="4">');
 * restOfRowEnd(xml, 0) // → 22 (the `<` of `</row>`)
 */
export function restOfRowEnd(xml: Uint8Array, p: number): number {
  for (let lt = indexOfByte(xml, 0x3c /* < */, p); lt >= 0; lt = indexOfByte(xml, 0x3c, lt + 1)) {
    const c1 = xml[lt + 1];
    if (c1 === 0x21 /* ! */ || c1 === 0x3f /* ? */) return p;
    if (c1 !== 0x2f /* / */) {
      const [from, length] = localNameAt(xml, lt + 1);
      if (isNameAt(xml, from, length, 'row')) return lt; // a row not closed: read on from it
      continue;
    }
    const [from, length] = localNameAt(xml, lt + 2);
    if (isNameAt(xml, from, length, 'row') || isNameAt(xml, from, length, 'sheetData')) return lt;
  }
  return p;
}
