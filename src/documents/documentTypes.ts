/** The paper a document is laid out on (the `Paper Size` setting; default A4). */
export type PaperSize = 'A4' | 'Letter';

/**
 * What an invoice PDF shows (SPEC §9 "Invoice document"), every value already formatted as the
 * member should read it (dates and amounts in the workbook's Locale): the renderer only lays
 * text out.
 */
export interface InvoiceDocument {
  organisationName: string;
  /** Multi-line: one printed line per line of the cell. */
  organisationAddress: string;
  invoiceId: string;
  billDate: string;
  dueDate: string;
  memberName: string;
  /** The Members column `Address`, multi-line, when the sheet has one and it is not blank. */
  memberAddress: string | null;
  memberId: string;
  product: string;
  /** The term as `start – end`. */
  term: string;
  amount: string;
  balance: string;
  /** The `Payment Instructions` setting, merge fields already merged; multi-line. */
  paymentInstructions: string;
}

/** A printed letter (SPEC §9 `--letters`): the message's text, then its invoice when it attaches one. */
export interface LetterDocument {
  recipientName: string;
  recipientAddress: string | null;
  subject: string;
  /** Plain text; line breaks kept. */
  body: string;
  invoice: InvoiceDocument | null;
}
