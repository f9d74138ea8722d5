import { PDFDocument } from 'pdf-lib';
import { drawInvoice, type DocumentStyles } from './drawInvoice';
import { drawLetter } from './drawLetter';
import type { InvoiceDocument, LetterDocument, PaperSize } from './documentTypes';
import { createFontFace } from './fontFace';
import { createPageFlow, type PageFlow } from './pageFlow';
import { subsetFont } from './subsetFontEmbedder';

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
 * const pdf = await renderer.invoicePdf(invoice, 'A4'); // a PDF of about 13 KB
 */
export function createDocumentRenderer(fonts: DocumentFonts): DocumentRenderer {
  const regular = createFontFace(fonts.regular);
  const bold = createFontFace(fonts.bold);
  const render = async (paper: PaperSize, draw: (flow: PageFlow, styles: DocumentStyles) => void) => {
    // No metadata: pdf-lib would stamp the clock's time, and the same input should give the same bytes.
    const pdf = await PDFDocument.create({ updateMetadata: false });
    const regularFont = subsetFont(pdf, regular);
    const boldFont = subsetFont(pdf, bold);
    draw(createPageFlow(pdf, paper), {
      regular: { font: regularFont, size: 10 },
      bold: { font: boldFont, size: 10 },
      title: { font: boldFont, size: 22 },
    });
    await regularFont.embed();
    await boldFont.embed();
    return pdf.save();
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
