import { zlibSync } from 'fflate';
import { PDFContentStream, PDFDocument, PDFName } from 'pdf-lib';
import { drawInvoice, type DocumentStyles } from './drawInvoice';
import { drawLetter } from './drawLetter';
import type { InvoiceDocument, LetterDocument, PaperSize } from './documentTypes';
import { createFontFace } from './fontFace';
import { createPageFlow, type PageFlow, type TextStyle } from './pageFlow';
import { SubsetCache, subsetFont, type SubsetFont } from './subsetFontEmbedder';

/** Draws the PDFs of messages: invoices attached to emails, letters printed for members without one. */
export interface DocumentRenderer {
  /** An invoice: one page, more only if its text needs them. */
  invoicePdf(doc: InvoiceDocument, paper: PaperSize): Promise<Uint8Array>;
  /** One PDF of letters in the order given, each from a new page, each followed by its invoice when it has one. */
  lettersPdf(letters: readonly LetterDocument[], paper: PaperSize): Promise<Uint8Array>;
}

/** The bytes of the TrueType fonts documents are drawn in (DejaVu Sans: Latin, Greek, Cyrillic). */
export interface DocumentFonts {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

/**
 * A renderer drawing with the given fonts. The fonts are parsed once here and shared by every
 * document; each PDF embeds only the glyphs it draws. No host API is used: the font bytes are
 * passed in, so this runs in Node and in a browser worker alike.
 * @example
 * const renderer = createDocumentRenderer(await loadDocumentFonts());
 * const pdf = await renderer.invoicePdf(invoice, 'A4'); // a PDF of about 11 KB
 */
export function createDocumentRenderer(fonts: DocumentFonts): DocumentRenderer {
  const regular = createFontFace(fonts.regular);
  const bold = createFontFace(fonts.bold);
  const regularSubsets = new SubsetCache();
  const boldSubsets = new SubsetCache();
  const render = async (paper: PaperSize, draw: (flow: PageFlow, styles: DocumentStyles) => void) => {
    // No metadata: pdf-lib would stamp the clock's time, and the same input should give the same bytes.
    const pdf = await PDFDocument.create({ updateMetadata: false });
    const regularFont = subsetFont(pdf, regular, regularSubsets);
    const boldFont = subsetFont(pdf, bold, boldSubsets);
    const styles = {
      regular: { font: regularFont.font, size: 10 },
      bold: { font: boldFont.font, size: 10 },
      title: { font: boldFont.font, size: 22 },
    };
    // A first pass notes the glyphs each font draws, so that the same glyphs give the same subset.
    const fontOf = new Map<unknown, SubsetFont>([
      [regularFont.font, regularFont],
      [boldFont.font, boldFont],
    ]);
    draw(glyphRecorder(fontOf), styles);
    regularFont.fix();
    boldFont.fix();
    draw(createPageFlow(pdf, paper), styles);
    await regularFont.font.embed();
    await boldFont.font.embed();
    compressContents(pdf);
    // No object streams: pdf-lib would deflate them with a pako deflater set up anew for each
    // document, which cost more than the few hundred bytes they save on a one-page invoice.
    return pdf.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
  };
  return {
    invoicePdf: (invoice, paper) => render(paper, (flow, styles) => drawInvoice(flow, invoice, styles)),
    lettersPdf: (letters, paper) =>
      render(paper, (flow, styles) => {
        for (const letter of letters) {
          drawLetter(flow, letter, styles);
          if (letter.invoice) drawInvoice(flow, letter.invoice, styles);
        }
        // A PDF needs a page: an empty list of letters gives one blank page.
        if (letters.length === 0) flow.newPage();
      }),
  };
}

/** A page flow that draws nothing and notes the glyphs each text would draw in its font. */
function glyphRecorder(fontOf: ReadonlyMap<unknown, SubsetFont>): PageFlow {
  const note = (text: string, style: TextStyle) => fontOf.get(style.font)?.reserve(text);
  return {
    text: note,
    row(label, labelStyle, value, valueStyle) {
      note(label, labelStyle);
      note(value, valueStyle);
    },
    gap: () => undefined,
    newPage: () => undefined,
  };
}

/**
 * Deflates the pages' content streams with fflate (level 1) in place of pdf-lib's pako, which
 * sets a deflater up anew for each stream: most of the time an invoice took to write.
 */
function compressContents(pdf: PDFDocument): void {
  const { context } = pdf;
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFContentStream)) continue;
    const stream = context.stream(zlibSync(object.getUnencodedContents(), { level: 1, mem: 4 }), { Filter: PDFName.of('FlateDecode') });
    context.assign(ref, stream);
  }
}
