import { indexOfByte, isNameAt, isSpace, localNameAt } from './xmlBytes';

/**
 * Where the rest of a row's markup from `p` ends: at its closing row tag (or the end of the
 * sheet data), found by hopping from `<` to `<` without reading tags; `p` itself when a
 * comment, CDATA section or processing instruction comes first (read as usual then), or when
 * the part's piece ends before.
 */
export function restOfRowEnd(xml: Uint8Array, p: number): number {
  for (let lt = indexOfByte(xml, 0x3c /* < */, p); lt >= 0; lt = indexOfByte(xml, 0x3c, lt + 1)) {
    const c1 = xml[lt + 1];
    if (c1 === 0x21 /* ! */ || c1 === 0x3f /* ? */) return p;
    // The tags of a cell, passed at a glance: <c …>, <v>, <t>, <f …> and their closing tags.
    if (isCellTagByte(c1 === 0x2f ? xml[lt + 2] : c1) && !isNameByte(xml[c1 === 0x2f ? lt + 3 : lt + 2])) continue;
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

/** `c`, `v`, `t` or `f`: the one-letter tags of a cell. */
function isCellTagByte(c: number): boolean {
  return c === 0x63 || c === 0x76 || c === 0x74 || c === 0x66;
}

/** Whether a byte continues an XML name (so the tag is longer than one letter: `<cols>`, `<t:row>`…). */
function isNameByte(c: number): boolean {
  return c !== 0x3e /* > */ && c !== 0x2f /* / */ && !isSpace(c);
}
