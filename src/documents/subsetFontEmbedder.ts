import { zlibSync } from 'fflate';
import { CustomFontEmbedder, PDFFont, PDFHexString, type PDFContext, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { FaceGlyph, FontFace } from './fontFace';
import { subsetTrueType } from './subsetTrueType';
import { toUnicodeCmap } from './toUnicodeCmap';

/** What a subset of a font becomes in a PDF: its compressed font program and its ToUnicode CMap. */
interface EmbeddedSubset {
  readonly compressed: Uint8Array;
  readonly length1: number;
  /** The ToUnicode CMap, deflated. */
  readonly cmap: Uint8Array;
}

/**
 * Subsets of one font already cut and compressed, by glyph list: documents drawing the same
 * glyphs (most invoices of a run share their fixed texts, digits and most letters) embed the
 * same bytes without subsetting and compressing again. Bounded: the oldest entry goes first.
 */
export class SubsetCache {
  private readonly entries = new Map<string, EmbeddedSubset>();

  constructor(private readonly capacity = 4096) {}

  get(key: string): EmbeddedSubset | undefined {
    return this.entries.get(key);
  }

  set(key: string, subset: EmbeddedSubset): void {
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, subset);
  }
}

/**
 * pdf-lib's font embedder, fed from a {@link FontFace} parsed once instead of re-parsing the
 * font file for every document: characters are mapped one to one onto glyphs (no shaping, so
 * the PDF's text extracts exactly as given), a character the font lacks is drawn as '?', and
 * the embedded font is a subset of the glyphs drawn, cut by {@link subsetTrueType}. Glyphs
 * {@link reserve}d before drawing are numbered in the font's own order, so two documents drawing
 * the same glyphs embed the same subset, which {@link SubsetCache} then reuses.
 */
class SubsetFontEmbedder extends CustomFontEmbedder {
  /** Original glyph ids in subset order; subset glyph 0 is `.notdef`. */
  private readonly order: number[] = [0];
  private readonly subsetIds = new Map<number, number>();
  private readonly codePoints: number[] = [0];
  private readonly widths: number[] = [0];
  private readonly reserved = new Map<number, FaceGlyph & { readonly codePoint: number }>();
  private subset: EmbeddedSubset | null = null;

  constructor(
    private readonly face: FontFace,
    private readonly cache: SubsetCache,
  ) {
    // pdf-lib names a subset font `TAG+PostScriptName`; a fixed tag keeps the output reproducible.
    super(face.font, new Uint8Array(0), `RRSUBS+${face.font.postscriptName ?? 'Font'}`);
  }

  /** Notes the glyphs `text` will draw (line breaks draw none, a tab draws spaces), numbered at {@link fix}. */
  reserve(text: string): void {
    for (const char of text) {
      if (char === '\n' || char === '\r') continue;
      const glyph = this.face.glyphFor(char === '\t' ? 0x20 : char.codePointAt(0)!);
      if (!this.reserved.has(glyph.id)) this.reserved.set(glyph.id, glyph);
    }
  }

  /** Numbers the reserved glyphs in the font's order; glyphs drawn but not reserved follow in the order drawn. */
  fix(): void {
    for (const id of [...this.reserved.keys()].sort((a, b) => a - b)) this.add(this.reserved.get(id)!);
    this.reserved.clear();
  }

  private add(glyph: FaceGlyph & { readonly codePoint: number }): number {
    const id = this.order.length;
    this.order.push(glyph.id);
    this.subsetIds.set(glyph.id, id);
    this.codePoints.push(glyph.codePoint);
    this.widths.push(glyph.width);
    return id;
  }

  override encodeText(text: string): PDFHexString {
    let hex = '';
    for (const char of text) {
      const glyph = this.face.glyphFor(char.codePointAt(0)!);
      const id = this.subsetIds.get(glyph.id) ?? this.add(glyph);
      hex += HEX4[id] ?? id.toString(16).padStart(4, '0');
    }
    return PDFHexString.of(hex);
  }

  override widthOfTextAtSize(text: string, size: number): number {
    let width = 0;
    for (const char of text) width += this.face.glyphFor(char.codePointAt(0)!).width;
    return (width * size) / 1000;
  }

  /** This document's subset, from the cache when another document drew the same glyphs. */
  private embedded(): EmbeddedSubset {
    if (this.subset) return this.subset;
    const key = `${this.order.join(',')}/${this.codePoints.join(',')}`;
    let subset = this.cache.get(key);
    if (!subset) {
      const bytes = subsetTrueType(this.face.tables, this.order);
      // Made once for the many documents drawing the same glyphs, so compressed hard.
      subset = {
        compressed: zlibSync(bytes, { level: LEVEL }),
        length1: bytes.length,
        cmap: zlibSync(asciiBytes(toUnicodeCmap(this.codePoints)), { level: LEVEL }),
      };
      this.cache.set(key, subset);
    }
    this.subset = subset;
    return subset;
  }

  protected override async embedFontStream(context: PDFContext): Promise<PDFRef> {
    const { compressed, length1 } = this.embedded();
    return context.register(context.stream(compressed, { Length1: length1, Filter: 'FlateDecode' }));
  }

  protected override embedUnicodeCmap(context: PDFContext): PDFRef {
    return context.register(context.stream(this.embedded().cmap, { Filter: 'FlateDecode' }));
  }

  protected override computeWidths(): (number | number[])[] {
    return [1, this.widths.slice(1)];
  }
}

/** Deflate level of the cached parts: level 6 costs more than 1, once per glyph set, and saves bytes in every document. */
const LEVEL = 6;

function asciiBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

const HEX4 = Array.from({ length: 1024 }, (_, i) => i.toString(16).padStart(4, '0'));

/** A font of a document, and the glyphs it will draw announced before drawing (see {@link subsetFont}). */
export interface SubsetFont {
  readonly font: PDFFont;
  /** Notes the glyphs `text` will draw. Optional: it only makes the subset the same for the same glyphs. */
  reserve(text: string): void;
  /** Numbers the glyphs reserved so far; call once, after reserving and before drawing. */
  fix(): void;
}

/**
 * A font of `doc` drawn from `face`, embedded as a subset of the glyphs drawn with it; subsets
 * already made for other documents come from `cache` (one per face). The document only embeds
 * the fonts it made itself: call `font.embed()` once drawing is done, before `doc.save()`.
 * @example
 * const { font, reserve, fix } = subsetFont(doc, face, new SubsetCache());
 * reserve('Αλέξανδρος');
 * fix();
 * page.drawText('Αλέξανδρος', { font, size: 11 });
 * await font.embed();
 * const bytes = await doc.save();
 */
export function subsetFont(doc: PDFDocument, face: FontFace, cache: SubsetCache): SubsetFont {
  const embedder = new SubsetFontEmbedder(face, cache);
  return { font: PDFFont.of(doc.context.nextRef(), doc, embedder), reserve: (text) => embedder.reserve(text), fix: () => embedder.fix() };
}
