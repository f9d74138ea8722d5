/**
 * Invoice PDFs: 1,000 renders of a typical invoice, seven rounds, the median time per PDF and
 * its size (the delivery of 10,000 messages must stay within 30 s). Run after `npm run
 * build:cli` as node lib/test/bench/documentsBench.js.
 */
import { createDocumentRenderer } from '../../src/documents/documentRenderer';
import { sampleInvoice } from '../../src/documents/testing/sampleDocuments';
import { loadDocumentFonts } from '../../src/hosts/file/documentFonts';

async function main(): Promise<void> {
  const renderer = createDocumentRenderer(await loadDocumentFonts());
  const names = ['Zoë Ørsted-Łukasiewicz', 'Αλέξανδρος Παπαδόπουλος', 'Анна Кузнецова', 'Mary-Jane O’Neill'];
  const invoices = Array.from({ length: 1000 }, (_, i) =>
    sampleInvoice({ memberName: names[i % names.length], invoiceId: `INV-2026-${String(i).padStart(6, '0')}` }),
  );
  const size = (await renderer.invoicePdf(invoices[0], 'A4')).length;
  const rounds: number[] = [];
  for (let round = 0; round < 7; round++) {
    const start = performance.now();
    for (const invoice of invoices) await renderer.invoicePdf(invoice, 'A4');
    rounds.push((performance.now() - start) / invoices.length);
  }
  rounds.sort((a, b) => a - b);
  console.log(`invoice PDF: median ${rounds[3].toFixed(2)} ms (rounds ${rounds.map((r) => r.toFixed(2)).join(', ')}), ${size.toLocaleString('en')} bytes`);
}

void main();
