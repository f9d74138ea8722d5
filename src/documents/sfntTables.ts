/**
 * The raw tables of a TrueType font that a subset is cut from: where each glyph's outline lies
 * (`glyf` through `loca`), each glyph's horizontal metrics (`hmtx`) and the header tables
 * copied into every subset. Read once per font; pure byte reading, no host API.
 */
export interface SfntTables {
  readonly bytes: Uint8Array;
  readonly view: DataView;
  /** Byte range of each table, by tag. */
  readonly tables: ReadonlyMap<string, { offset: number; length: number }>;
  readonly numGlyphs: number;
  /** Offset of glyph `g`'s outline inside `glyf` is `glyphOffsets[g]`, its end `glyphOffsets[g + 1]`. */
  readonly glyphOffsets: Uint32Array;
}

/**
 * Reads a TrueType font's table directory and glyph locations.
 * @example
 * const tables = readSfntTables(dejaVuSansBytes);
 * tables.numGlyphs; // 6253
 */
export function readSfntTables(bytes: Uint8Array): SfntTables {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, { offset: number; length: number }>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]);
    tables.set(tag, { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  const table = (tag: string) => {
    const found = tables.get(tag);
    // Only TrueType outlines can be cut this way; a CFF font is a bug in the caller's choice of font.
    if (!found) throw new Error(`The font has no '${tag}' table (a TrueType font is needed)`);
    return found;
  };
  const numGlyphs = view.getUint16(table('maxp').offset + 4);
  const longOffsets = view.getInt16(table('head').offset + 50) === 1;
  const loca = table('loca').offset;
  const glyphOffsets = new Uint32Array(numGlyphs + 1);
  for (let g = 0; g <= numGlyphs; g++) glyphOffsets[g] = longOffsets ? view.getUint32(loca + g * 4) : view.getUint16(loca + g * 2) * 2;
  table('glyf');
  table('hhea');
  table('hmtx');
  return { bytes, view, tables, numGlyphs, glyphOffsets };
}

/**
 * The bytes of one table.
 * @example
 * const head = tableBytes(tables, 'head'); // 54 bytes
 */
export function tableBytes(font: SfntTables, tag: string): Uint8Array {
  const { offset, length } = font.tables.get(tag)!;
  return font.bytes.subarray(offset, offset + length);
}

/**
 * A glyph's advance width and left side bearing, in font units.
 * @example
 * horizontalMetrics(tables, 36); // { advance: 1401, lsb: 16 }
 */
export function horizontalMetrics(font: SfntTables, glyph: number): { advance: number; lsb: number } {
  const { view } = font;
  const longMetrics = view.getUint16(font.tables.get('hhea')!.offset + 34);
  const hmtx = font.tables.get('hmtx')!.offset;
  // Glyphs past the last long metric share its advance and keep only their own bearing.
  const advance = view.getUint16(hmtx + Math.min(glyph, longMetrics - 1) * 4);
  const lsb = glyph < longMetrics ? view.getInt16(hmtx + glyph * 4 + 2) : view.getInt16(hmtx + longMetrics * 4 + (glyph - longMetrics) * 2);
  return { advance, lsb };
}
