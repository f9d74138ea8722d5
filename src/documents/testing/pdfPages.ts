import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** A page of a PDF as a reader sees it: its size in points and its text, one string per line. */
export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly lines: string[];
}

/**
 * The pages of a PDF read back by pdf.js (the legacy build, for Node), for tests: what a
 * reader extracts when it copies the text. pdf.js runs in a child `node` process, since Jest
 * cannot import its ES module.
 * @example
 * const [page] = pdfPages(await renderer.invoicePdf(invoice, 'A4'));
 * page.lines.includes('Invoice'); // true
 */
export function pdfPages(bytes: Uint8Array): PdfPage[] {
  const child = spawnSync(process.execPath, [join(__dirname, 'pdfPagesChild.mjs')], { input: bytes, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (child.status !== 0) throw new Error(`pdf.js could not read the PDF:\n${child.stderr}`);
  return JSON.parse(child.stdout) as PdfPage[];
}
