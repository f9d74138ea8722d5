import type { LetterDocument } from './documentTypes';
import type { DocumentStyles } from './drawInvoice';
import type { PageFlow } from './pageFlow';

/**
 * Lays a printed letter out from a new page: the recipient's name and address (where a window
 * envelope shows it), the subject in bold, then the body with its line breaks kept, running
 * onto further pages when long. Its invoice, if any, is drawn by the caller after it.
 * @example
 * drawLetter(flow, letter, styles);
 */
export function drawLetter(flow: PageFlow, letter: LetterDocument, styles: DocumentStyles): void {
  flow.newPage();
  flow.gap(36);
  flow.text(letter.recipientName, styles.regular);
  if (letter.recipientAddress !== null) flow.text(letter.recipientAddress, styles.regular);
  flow.gap(48);
  flow.text(letter.subject, styles.bold);
  flow.gap(12);
  flow.text(letter.body, styles.regular);
}
