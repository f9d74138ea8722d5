import { zlibSync } from 'fflate';
import { CustomFontEmbedder, PDFFont, PDFHexString, type PDFContext, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { FontFace } from './fontFace';
import { subsetTrueType } from './subsetTrueType';
import { toUnicodeCmap } from './toUnicodeCmap';

/**
 * pdf-lib's font embedder, fed from a {@link FontFace} parsed once instead of re-parsing the
 * font file for every document: characters are mapped one to one onto glyphs (no shaping, so
 * the PDF's text extracts exactly as given), a character the font lacks is drawn as '?', and
 * the embedded font is a subset of the glyphs drawn, cut by {@link subsetTrueType}.
 */
class SubsetFontEmbedder extends CustomFontEmbedder {
  /** Original glyph ids in subset order; subset glyph 0 is `.notdef`. */
  private readonly order: number[] = [0];
  private readonly subsetIds = new Map<number, number>();
  private readonly codePoints: number[] = [0];
  private readonly widths: number[] = [0];

  constructor(private readonly face: FontFace) {
    // pdf-lib names a subset font `TAG+PostScriptName`; a fixed tag keeps the output reproducible.
    super(face.font, new Uint8Array(0), `RRSUBS+${face.font.postscriptName ?? 'Font'}`);
  }

  override encodeText(text: string): PDFHexString {
    let hex = '';
    for (const char of text) {
      const glyph = this.face.glyphFor(char.codePointAt(0)!);
      let id = this.subsetIds.get(glyph.id);
      if (id === undefined) {
        id = this.order.length;
        this.order.push(glyph.id);
        this.subsetIds.set(glyph.id, id);
        this.codePoints.push(glyph.codePoint);
        this.widths.push(glyph.width);
      }
      hex += id.toString(16).padStart(4, '0');
    }
    return PDFHexString.of(hex);
  }

  override widthOfTextAtSize(text: string, size: number): number {
    let width = 0;
    for (const char of text) width += this.face.glyphFor(char.codePointAt(0)!).width;
    return (width * size) / 1000;
  }

  protected override async embedFontStream(context: PDFContext): Promise<PDFRef> {
    const bytes = subsetTrueType(this.face.tables, this.order);
    // fflate at level 1 rather than pdf-lib's pako at level 6: a few percent bigger, several
    // times faster, and compression was most of the time a document took to write.
    const compressed = zlibSync(bytes, { level: 1, mem: 4 });
    return context.register(context.stream(compressed, { Length1: bytes.length, Filter: 'FlateDecode' }));
  }

  protected override embedUnicodeCmap(context: PDFContext): PDFRef {
    // A couple of KB of text: left uncompressed, the cost of a deflate would outweigh the bytes saved.
    return context.register(context.stream(toUnicodeCmap(this.codePoints)));
  }

  protected override computeWidths(): (number | number[])[] {
    return [1, this.widths.slice(1)];
  }
}

/**
 * A font of `doc` drawn from `face`, embedded as a subset of the glyphs drawn with it. The
 * document only embeds the fonts it made itself: call `font.embed()` once drawing is done,
 * before `doc.save()`.
 * @example
 * const font = subsetFont(doc, createFontFace(dejaVuSansBytes));
 * page.drawText('Αλέξανδρος', { font, size: 11 });
 * await font.embed();
 * const bytes = await doc.save();
 */
export function subsetFont(doc: PDFDocument, face: FontFace): PDFFont {
  return PDFFont.of(doc.context.nextRef(), doc, new SubsetFontEmbedder(face));
}
