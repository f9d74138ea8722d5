import fontkit from '@pdf-lib/fontkit';
import { loadDocumentFonts } from '../hosts/file/documentFonts';
import { readSfntTables } from './sfntTables';
import { subsetTrueType } from './subsetTrueType';

// Nothing here is timed; on two loaded cores Jest's 5 s default could fail a test that only waits.
jest.setTimeout(60_000);

describe('subsetTrueType', () => {
  it('keeps the outlines and advances of the glyphs given, composites included, when cut', async () => {
    const { regular } = await loadDocumentFonts();
    const full = fontkit.create(regular);
    // 'ë' and 'Ł' are composites in DejaVu Sans; 'A', 'Ж' and 'λ' are simple glyphs.
    const glyphs = [0, ...[...'AëŁЖλ'].map((c) => full.glyphForCodePoint(c.codePointAt(0)!).id)];
    const subset = fontkit.create(subsetTrueType(readSfntTables(regular), glyphs));
    glyphs.forEach((id, i) => {
      expect(subset.getGlyph(i).path.toSVG()).toBe(full.getGlyph(id).path.toSVG());
      expect(subset.getGlyph(i).advanceWidth).toBe(full.getGlyph(id).advanceWidth);
    });
    expect(subset.numGlyphs).toBeGreaterThan(glyphs.length);
  });
});
