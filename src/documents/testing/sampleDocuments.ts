import type { InvoiceDocument, LetterDocument } from '../documentTypes';

/**
 * An invoice as the message layer hands it over, every value formatted, for tests.
 * @example
 * sampleInvoice({ memberName: 'Анна Кузнецова' });
 */
export function sampleInvoice(overrides: Partial<InvoiceDocument> = {}): InvoiceDocument {
  return {
    organisationName: 'Riverside Rowing Club',
    organisationAddress: '12 Quay Street\nSpringfield 4410\nNew Zealand',
    invoiceId: 'INV-2026-000123',
    billDate: 'May 1, 2026',
    dueDate: 'May 31, 2026',
    memberName: 'Zoë Ørsted-Łukasiewicz',
    memberAddress: '7 Harbour View\nPort Chalmers',
    memberId: 'M000123',
    product: 'Senior Rowing',
    term: 'June 1, 2026 – May 31, 2027',
    amount: '$120.00',
    balance: '$95.50',
    paymentInstructions: 'Pay by bank transfer to 12-3456-7890123-00.\nQuote your invoice number INV-2026-000123.',
    ...overrides,
  };
}

/**
 * A printed letter for tests, with its invoice unless `invoice: null` is given.
 * @example
 * sampleLetter({ recipientName: 'Анна Кузнецова', invoice: null });
 */
export function sampleLetter(overrides: Partial<LetterDocument> = {}): LetterDocument {
  return {
    recipientName: 'Zoë Ørsted-Łukasiewicz',
    recipientAddress: '7 Harbour View\nPort Chalmers',
    subject: 'Your renewal invoice INV-2026-000123',
    body: 'Dear Zoë,\n\nYour membership is due for renewal.\nThank you for rowing with us.',
    invoice: sampleInvoice(),
    ...overrides,
  };
}
