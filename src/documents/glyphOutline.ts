import type { SfntTables } from './sfntTables';

// Composite glyph component flags (OpenType `glyf` table).
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;
const WE_HAVE_INSTRUCTIONS = 0x0100;

/**
 * The glyph ids a composite glyph is built from (none for a simple or empty glyph).
 * @example
 * glyphComponents(tables, eDieresisGlyph); // [e, dieresis]
 */
export function glyphComponents(font: SfntTables, glyph: number): number[] {
  const components: number[] = [];
  forEachComponent(font, glyph, (at) => components.push(font.view.getUint16(at)));
  return components;
}

/**
 * A copy of a glyph's outline without its hinting instructions (the subset carries no `fpgm`,
 * `prep` or `cvt`, which they would need, and PDF viewers draw unhinted outlines well), its
 * components renumbered by `newId`. An empty glyph gives no bytes.
 * @example
 * outlineForSubset(tables, 36, (id) => subsetIds.get(id)!); // the 'A' outline, instructions dropped
 */
export function outlineForSubset(font: SfntTables, glyph: number, newId: (glyph: number) => number): Uint8Array {
  const start = font.glyphOffsets[glyph];
  const end = font.glyphOffsets[glyph + 1];
  if (end <= start) return new Uint8Array(0);
  const glyf = font.tables.get('glyf')!.offset;
  const source = font.bytes.subarray(glyf + start, glyf + end);
  const contours = font.view.getInt16(glyf + start);
  if (contours >= 0) {
    // Simple glyph: header (10 bytes), end points, then instructionLength and the instructions.
    const lengthAt = 10 + contours * 2;
    const instructions = font.view.getUint16(glyf + start + lengthAt);
    const out = new Uint8Array(source.length - instructions);
    out.set(source.subarray(0, lengthAt));
    out.set(source.subarray(lengthAt + 2 + instructions), lengthAt + 2);
    return out;
  }
  const out = source.slice();
  const view = new DataView(out.buffer);
  let endOfComponents = out.length;
  forEachComponent(font, glyph, (at, flagsAt, last, next) => {
    const local = at - glyf - start;
    view.setUint16(local, newId(view.getUint16(local)));
    if (last) {
      view.setUint16(flagsAt - glyf - start, view.getUint16(flagsAt - glyf - start) & ~WE_HAVE_INSTRUCTIONS);
      endOfComponents = next - glyf - start;
    }
  });
  return out.subarray(0, endOfComponents);
}

/** Calls `visit` with the absolute offset of each component's glyph id and of its flags. */
function forEachComponent(font: SfntTables, glyph: number, visit: (idAt: number, flagsAt: number, last: boolean, next: number) => void): void {
  const start = font.glyphOffsets[glyph];
  if (font.glyphOffsets[glyph + 1] <= start) return;
  const { view } = font;
  let at = font.tables.get('glyf')!.offset + start;
  if (view.getInt16(at) >= 0) return;
  at += 10;
  for (;;) {
    const flags = view.getUint16(at);
    let next = at + 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) next += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) next += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) next += 8;
    const last = (flags & MORE_COMPONENTS) === 0;
    visit(at + 2, at, last, next);
    if (last) return;
    at = next;
  }
}
