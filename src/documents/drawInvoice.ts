import type { InvoiceDocument } from './documentTypes';
import type { PageFlow, TextStyle } from './pageFlow';

/** The regular and bold styles a document is drawn in. */
export interface DocumentStyles {
  readonly regular: TextStyle;
  readonly bold: TextStyle;
  readonly title: TextStyle;
}

/** Where the values of the label/value block start, in points from the left margin. */
const VALUE_INDENT = 120;

/**
 * Lays an invoice out from a new page: the organisation top left, the title "Invoice", the
 * member's name and address, the invoice's facts as a two-column label/value block, then the
 * payment instructions. Every value is already formatted; nothing here formats or translates.
 * @example
 * drawInvoice(flow, invoice, styles); // one page for an ordinary invoice
 */
export function drawInvoice(flow: PageFlow, invoice: InvoiceDocument, styles: DocumentStyles): void {
  flow.newPage();
  flow.text(invoice.organisationName, styles.bold);
  flow.text(invoice.organisationAddress, styles.regular);
  flow.gap(24);
  flow.text('Invoice', styles.title);
  flow.gap(12);
  flow.text(invoice.memberName, styles.bold);
  if (invoice.memberAddress !== null) flow.text(invoice.memberAddress, styles.regular);
  flow.gap(18);
  const rows: [string, string][] = [
    ['Invoice ID', invoice.invoiceId],
    ['Bill date', invoice.billDate],
    ['Due date', invoice.dueDate],
    ['Member ID', invoice.memberId],
    ['Product', invoice.product],
    ['Term', invoice.term],
    ['Amount', invoice.amount],
    ['Balance', invoice.balance],
  ];
  for (const [label, value] of rows) flow.row(label, styles.bold, value, styles.regular, VALUE_INDENT);
  flow.gap(24);
  flow.text('Payment instructions', styles.bold);
  flow.gap(2);
  flow.text(invoice.paymentInstructions, styles.regular);
}
