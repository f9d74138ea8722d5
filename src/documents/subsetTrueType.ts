import { glyphComponents, outlineForSubset } from './glyphOutline';
import { horizontalMetrics, tableBytes, type SfntTables } from './sfntTables';

/**
 * A TrueType font holding only the given glyphs, renumbered in the order given (`glyphs[0]`
 * should be 0, `.notdef`), followed by the components of any composite among them. It carries
 * `glyf`, `head`, `hhea`, `hmtx`, `loca` and `maxp`: what a PDF viewer needs to draw a
 * CIDFontType2 font addressed by glyph id. Cutting from the raw tables is a copy per glyph,
 * far cheaper than fontkit's subsetter, which decodes every table it writes.
 * @example
 * const bytes = subsetTrueType(tables, [0, 36, 37]); // .notdef, 'A', 'B' as glyphs 0, 1, 2
 */
export function subsetTrueType(font: SfntTables, glyphs: readonly number[]): Uint8Array {
  const order = [...glyphs];
  const ids = new Map<number, number>(order.map((g, i) => [g, i]));
  for (let i = 0; i < order.length; i++)
    for (const component of glyphComponents(font, order[i]))
      if (!ids.has(component)) {
        ids.set(component, order.length);
        order.push(component);
      }
  const outlines = order.map((g) => outlineForSubset(font, g, (id) => ids.get(id)!));
  const loca = new Uint8Array((order.length + 1) * 4);
  const locaView = new DataView(loca.buffer);
  let glyfLength = 0;
  outlines.forEach((outline, i) => {
    locaView.setUint32(i * 4, glyfLength);
    glyfLength += (outline.length + 3) & ~3;
  });
  locaView.setUint32(order.length * 4, glyfLength);
  const glyf = new Uint8Array(glyfLength);
  outlines.reduce((at, outline) => (glyf.set(outline, at), at + ((outline.length + 3) & ~3)), 0);
  const hmtx = new Uint8Array(order.length * 4);
  const hmtxView = new DataView(hmtx.buffer);
  order.forEach((g, i) => {
    const { advance, lsb } = horizontalMetrics(font, g);
    hmtxView.setUint16(i * 4, advance);
    hmtxView.setInt16(i * 4 + 2, lsb);
  });
  const head = tableBytes(font, 'head').slice();
  new DataView(head.buffer).setUint32(8, 0); // checkSumAdjustment: not used by PDF viewers
  new DataView(head.buffer).setInt16(50, 1); // long loca offsets
  const hhea = tableBytes(font, 'hhea').slice();
  new DataView(hhea.buffer).setUint16(34, order.length);
  const maxp = tableBytes(font, 'maxp').slice();
  new DataView(maxp.buffer).setUint16(4, order.length);
  return sfntFile([
    ['glyf', glyf],
    ['head', head],
    ['hhea', hhea],
    ['hmtx', hmtx],
    ['loca', loca],
    ['maxp', maxp],
  ]);
}

/** An sfnt file of the given tables (tags already in ascending order), each 4-byte aligned. */
function sfntFile(tables: [string, Uint8Array][]): Uint8Array {
  const headerLength = 12 + tables.length * 16;
  const total = tables.reduce((sum, [, t]) => sum + ((t.length + 3) & ~3), headerLength);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(tables.length));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, tables.length);
  view.setUint16(6, 16 << entrySelector);
  view.setUint16(8, entrySelector);
  view.setUint16(10, tables.length * 16 - (16 << entrySelector));
  let offset = headerLength;
  tables.forEach(([tag, bytes], i) => {
    const at = 12 + i * 16;
    for (let c = 0; c < 4; c++) out[at + c] = tag.charCodeAt(c);
    out.set(bytes, offset);
    view.setUint32(at + 4, checksum(view, offset, bytes.length));
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, bytes.length);
    offset += (bytes.length + 3) & ~3;
  });
  return out;
}

/** The sfnt table checksum: the sum of its big-endian 32-bit words, zero-padded. */
function checksum(view: DataView, offset: number, length: number): number {
  let sum = 0;
  for (let at = offset; at < offset + length; at += 4) sum = (sum + view.getUint32(at)) >>> 0;
  return sum;
}
