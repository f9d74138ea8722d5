import fontkit from '@pdf-lib/fontkit';
import type { CustomFontEmbedder, PDFDocument } from 'pdf-lib';
import { horizontalMetrics, readSfntTables, type SfntTables } from './sfntTables';

// pdf-lib's fontkit types, which its package root does not export by name.
type Font = CustomFontEmbedder['font'];
type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

/** A glyph as the layout uses it: its id in the full font and its advance in 1/1000 em. */
export interface FaceGlyph {
  readonly id: number;
  readonly width: number;
}

/**
 * One font, parsed once and shared by every document drawn with it: fontkit's view (metrics
 * for the PDF font descriptor) and the raw tables subsets are cut from. Looking a character
 * up is cached, since every document asks for the same few dozen.
 */
export interface FontFace {
  readonly font: Font;
  readonly tables: SfntTables;
  /** The glyph drawn for a code point: the font's own, or '?' when the font lacks it. */
  glyphFor(codePoint: number): FaceGlyph & { readonly codePoint: number };
}

/**
 * Parses a TrueType font for drawing documents.
 * @example
 * const face = createFontFace(dejaVuSansBytes);
 * face.glyphFor(0x1f600).codePoint; // 0x3f: the font has no emoji, so '?' is drawn
 */
export function createFontFace(bytes: Uint8Array): FontFace {
  const font = (fontkit as unknown as Fontkit).create(bytes);
  const tables = readSfntTables(bytes);
  const scale = 1000 / font.unitsPerEm;
  const cache = new Map<number, FaceGlyph & { codePoint: number }>();
  const own = (codePoint: number) => {
    // Glyph 0 is `.notdef`, the empty box fontkit answers for a character the font lacks.
    const id = font.hasGlyphForCodePoint(codePoint) ? font.glyphForCodePoint(codePoint).id : 0;
    return id === 0 ? null : { id, codePoint, width: horizontalMetrics(tables, id).advance * scale };
  };
  const question = own(0x3f);
  if (!question) throw new Error("The font has no '?' glyph");
  const glyphFor = (codePoint: number) => {
    let glyph = cache.get(codePoint);
    if (!glyph) {
      glyph = own(codePoint) ?? question;
      cache.set(codePoint, glyph);
    }
    return glyph;
  };
  return { font, tables, glyphFor };
}
