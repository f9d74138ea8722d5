import { loadDocumentFonts } from '../hosts/file/documentFonts';
import { createDocumentRenderer, type DocumentRenderer } from './documentRenderer';
import { pdfPages } from './testing/pdfPages';
import { sampleInvoice, sampleLetter } from './testing/sampleDocuments';

let renderer: DocumentRenderer;
beforeAll(async () => {
  renderer = createDocumentRenderer(await loadDocumentFonts());
});

// Nothing here is timed; on two loaded cores Jest's 5 s default could fail a test that only waits.
jest.setTimeout(60_000);

describe('invoicePdf', () => {
  it('holds every field as extractable text when rendered', async () => {
    const invoice = sampleInvoice();
    const [page, ...more] = pdfPages(await renderer.invoicePdf(invoice, 'A4'));
    expect(more).toEqual([]);
    const text = page.lines.join('\n');
    for (const expected of [
      'Riverside Rowing Club',
      'Invoice',
      invoice.memberName,
      invoice.invoiceId,
      invoice.billDate,
      invoice.dueDate,
      invoice.memberId,
      invoice.product,
      invoice.term,
      invoice.amount,
      invoice.balance,
    ])
      expect(text).toContain(expected);
    for (const label of ['Invoice ID', 'Bill date', 'Due date', 'Member ID', 'Product', 'Term', 'Amount', 'Balance', 'Payment instructions'])
      expect(page.lines.some((line) => line.startsWith(label))).toBe(true);
  });

  it('keeps the lines of the addresses and payment instructions when they are multi-line', async () => {
    const { lines } = pdfPages(await renderer.invoicePdf(sampleInvoice(), 'A4'))[0];
    expect(lines.slice(0, 4)).toEqual(['Riverside Rowing Club', '12 Quay Street', 'Springfield 4410', 'New Zealand']);
    const member = lines.indexOf('Zoë Ørsted-Łukasiewicz');
    expect(lines.slice(member + 1, member + 3)).toEqual(['7 Harbour View', 'Port Chalmers']);
    expect(lines.slice(-2)).toEqual(['Pay by bank transfer to 12-3456-7890123-00.', 'Quote your invoice number INV-2026-000123.']);
  });

  it.each(['Αλέξανδρος Παπαδόπουλος', 'Анна Кузнецова', 'Zoë Ørsted-Łukasiewicz'])(
    'extracts the name %s exactly as given when it is in Greek, Cyrillic or Latin',
    async (name) => {
      const { lines } = pdfPages(await renderer.invoicePdf(sampleInvoice({ memberName: name }), 'A4'))[0];
      expect(lines).toContain(name);
    },
  );

  it('draws a character the font lacks as ? when the text has one', async () => {
    const { lines } = pdfPages(await renderer.invoicePdf(sampleInvoice({ memberName: 'Li 李 Wei' }), 'A4'))[0];
    expect(lines).toContain('Li ? Wei');
  });

  it('leaves the member address out when there is none', async () => {
    const { lines } = pdfPages(await renderer.invoicePdf(sampleInvoice({ memberAddress: null }), 'A4'))[0];
    expect(lines).not.toContain('7 Harbour View');
  });

  it.each([
    ['A4', 595.28, 841.89],
    ['Letter', 612, 792],
  ] as const)('lays the page out on %s paper when asked for it', async (paper, width, height) => {
    const [page] = pdfPages(await renderer.invoicePdf(sampleInvoice(), paper));
    expect([page.width, page.height]).toEqual([width, height]);
  });

  it('wraps a long line to the page width when it is wider than the page', async () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const { lines } = pdfPages(await renderer.invoicePdf(sampleInvoice({ paymentInstructions: words }), 'A4'))[0];
    const wrapped = lines.slice(lines.indexOf('Payment instructions') + 1);
    expect(wrapped.length).toBeGreaterThan(2);
    expect(wrapped.join(' ')).toBe(words);
  });

  it('stays small when it is one page', async () => {
    expect((await renderer.invoicePdf(sampleInvoice(), 'A4')).length).toBeLessThan(60_000);
  });
});

describe('lettersPdf', () => {
  it('starts each letter on a new page in the given order, its invoice after it, when letters are given', async () => {
    const letters = [
      sampleLetter({ recipientName: 'Анна Кузнецова', subject: 'First' }),
      sampleLetter({ recipientName: 'Αλέξανδρος Παπαδόπουλος', subject: 'Second', invoice: null }),
      sampleLetter({ recipientName: 'Zoë Ørsted-Łukasiewicz', subject: 'Third', invoice: sampleInvoice({ invoiceId: 'INV-3' }) }),
    ];
    const pages = pdfPages(await renderer.lettersPdf(letters, 'Letter'));
    expect(pages.map((p) => p.lines[0])).toEqual([
      'Анна Кузнецова',
      'Riverside Rowing Club',
      'Αλέξανδρος Παπαδόπουλος',
      'Zoë Ørsted-Łukasiewicz',
      'Riverside Rowing Club',
    ]);
    expect(pages[0].lines).toContain('First');
    expect(pages[4].lines.join('\n')).toContain('INV-3');
    expect(pages.every((p) => p.width === 612 && p.height === 792)).toBe(true);
  });

  it('keeps the line breaks of the body and the address when they have several lines', async () => {
    const { lines } = pdfPages(await renderer.lettersPdf([sampleLetter({ invoice: null })], 'A4'))[0];
    expect(lines).toEqual([
      'Zoë Ørsted-Łukasiewicz',
      '7 Harbour View',
      'Port Chalmers',
      'Your renewal invoice INV-2026-000123',
      'Dear Zoë,',
      'Your membership is due for renewal.',
      'Thank you for rowing with us.',
    ]);
  });

  it('continues the body on a new page when it is longer than a page', async () => {
    const body = Array.from({ length: 120 }, (_, i) => `Line ${i + 1} of a long letter.`).join('\n');
    const pages = pdfPages(await renderer.lettersPdf([sampleLetter({ body, invoice: null })], 'A4'));
    expect(pages.length).toBeGreaterThan(1);
    const bodyLines = pages.flatMap((p) => p.lines).filter((line) => line.startsWith('Line '));
    expect(bodyLines).toEqual(body.split('\n'));
  });
});
