/**
 * The ToUnicode CMap of a font whose glyph `i` draws `codePoints[i]` (glyph 0, `.notdef`, maps
 * to nothing): how a PDF reader turns the drawn glyphs back into text.
 * @example
 * toUnicodeCmap([0, 0x41, 0x3b1]); // maps <0001> to <0041> ('A') and <0002> to <03b1> ('α')
 */
export function toUnicodeCmap(codePoints: readonly number[]): string {
  const entries: string[] = [];
  for (let id = 1; id < codePoints.length; id++) entries.push(`<${hex4(id)}> <${utf16Hex(codePoints[id])}>`);
  const blocks: string[] = [];
  // A bfchar block holds at most 100 entries (PDF 32000-1, 9.10.3).
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

const hex4 = (n: number) => n.toString(16).padStart(4, '0');

/** A code point in UTF-16BE hex: a surrogate pair beyond the Basic Multilingual Plane. */
function utf16Hex(codePoint: number): string {
  if (codePoint < 0x10000) return hex4(codePoint);
  const offset = codePoint - 0x10000;
  return hex4(0xd800 + (offset >> 10)) + hex4(0xdc00 + (offset & 0x3ff));
}
