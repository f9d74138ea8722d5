import { beginText, endText, moveText, PDFName, setFontAndSize, showText, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import type { PaperSize } from './documentTypes';
import { wrapText } from './wrapText';

/** Page sizes in PDF points (1/72 inch): ISO A4 (210 × 297 mm) and US Letter (8.5 × 11 in). */
export const PAPER_POINTS: Readonly<Record<PaperSize, readonly [number, number]>> = { A4: [595.28, 841.89], Letter: [612, 792] };

const MARGIN = 56;

/** The font and size a run of text is drawn in. */
export interface TextStyle {
  readonly font: PDFFont;
  readonly size: number;
}

/** Text flowed down pages from the top margin, a new page started when one is full. */
export interface PageFlow {
  /** Draws text at `indent` points from the left margin, wrapped to the right margin, its line breaks kept. */
  text(text: string, style: TextStyle, indent?: number): void;
  /** A label and its (possibly multi-line) value side by side, the value starting at `valueIndent`. */
  row(label: string, labelStyle: TextStyle, value: string, valueStyle: TextStyle, valueIndent: number): void;
  /** Vertical space, in points. */
  gap(points: number): void;
  /** Starts a new page. */
  newPage(): void;
}

/**
 * Flows text onto pages of `doc` on the given paper. No page exists until the first `newPage()`.
 * @example
 * const flow = createPageFlow(doc, 'A4');
 * flow.newPage();
 * flow.text('Riverside Rowing Club\n12 Quay Street', { font, size: 10 });
 */
export function createPageFlow(doc: PDFDocument, paper: PaperSize): PageFlow {
  const [width, height] = PAPER_POINTS[paper];
  const usable = width - 2 * MARGIN;
  let page: PDFPage | null = null;
  let fontNames = new Map<PDFFont, PDFName>();
  let y = 0;
  const lineHeight = (style: TextStyle) => style.size * 1.4;
  const newPage = () => {
    page = doc.addPage([width, height]);
    fontNames = new Map();
    y = height - MARGIN;
  };
  // A line is `BT /Fn size Tf x y Td <glyphs> Tj ET`, each font named once on its page as F1,
  // F2…: pdf-lib's drawText adds two randomly named font entries to the page per call (its font,
  // then the one it restores) and wraps each line in graphics-state operators it does not need.
  const draw = (line: string, x: number, baseline: number, style: TextStyle) => {
    let name = fontNames.get(style.font);
    if (name === undefined) {
      name = PDFName.of(`F${fontNames.size + 1}`);
      page!.node.setFontDictionary(name, style.font.ref);
      fontNames.set(style.font, name);
    }
    page!.pushOperators(beginText(), setFontAndSize(name, style.size), moveText(x, baseline), showText(style.font.encodeText(line)), endText());
  };
  const drawLine = (line: string, style: TextStyle, x: number) => {
    if (!page || y - lineHeight(style) < MARGIN) newPage();
    y -= lineHeight(style);
    if (line !== '') draw(line, MARGIN + x, y + style.size * 0.3, style);
  };
  const lines = (text: string, style: TextStyle, indent: number) => wrapText(text, usable - indent, (s) => style.font.widthOfTextAtSize(s, style.size));
  return {
    text(text, style, indent = 0) {
      for (const line of lines(text, style, indent)) drawLine(line, style, indent);
    },
    row(label, labelStyle, value, valueStyle, valueIndent) {
      const labelLines = lines(label, labelStyle, usable - valueIndent + 8);
      const valueLines = lines(value, valueStyle, valueIndent);
      // Label and value share each line; the page breaks before the row's first line when full.
      for (let i = 0; i < Math.max(labelLines.length, valueLines.length); i++) {
        const style = valueLines[i] !== undefined ? valueStyle : labelStyle;
        if (!page || y - lineHeight(style) < MARGIN) newPage();
        y -= lineHeight(style);
        const baseline = y + style.size * 0.3;
        if (labelLines[i]) draw(labelLines[i], MARGIN, baseline, labelStyle);
        if (valueLines[i]) draw(valueLines[i], MARGIN + valueIndent, baseline, valueStyle);
      }
    },
    gap(points) {
      y -= points;
    },
    newPage,
  };
}
