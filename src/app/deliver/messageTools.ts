import type { DocumentRenderer } from '../../documents/documentRenderer';
import { bodyText } from '../../engine/messages/mergedValueText';
import type { MessageKind } from '../../engine/messages/messageKind';
import { templateName } from '../../engine/messages/templateFor';
import { composeMessage } from '../../workbook/messages/mime/composeMessage';
import type { MessageContext } from '../../workbook/messages/messageContext';
import type { MessageFacts } from '../../workbook/messages/messageFacts';
import { memberText, renderMessage } from '../../workbook/messages/renderMessage';
import type { DeliveryTools } from './deliveryTools';

/** The delivery tools every caller shares: merge, check, draw and compose; where messages go is the caller's. */
export type MessageTools = Omit<DeliveryTools, 'email' | 'letters' | 'log'>;

/**
 * The tools of a run's messages that do not depend on where they go — the same for the CLI and
 * the task pane: templates merged through one message context (with a letter's address block),
 * the template check, the PDFs drawn by `documents`, messages composed as RFC 5322 bytes.
 *
 * @example
 * const tools: DeliveryTools = { ...messageTools(messageContext(book.grids, book.read, run), createDocumentRenderer(fonts)), email, letters, log };
 */
export function messageTools(context: MessageContext, documents: DocumentRenderer): MessageTools {
  return {
    render: (facts) => ({ ...renderMessage(context, facts), address: letterAddress(context, facts) }),
    templateProblems: (kinds) => templateProblems(context, kinds),
    invoicePdf: (doc, paper) => documents.invoicePdf(doc, paper),
    lettersPdf: (letters, paper) => documents.lettersPdf(letters, paper),
    compose: composeMessage,
  };
}

/**
 * Merge fields of the given kinds' templates (and of the Payment Instructions, when one of them
 * attaches the invoice) that match no field, column or setting, in the words of the preview's
 * error (SPEC §9): a template edited since the post must not send a message with a hole in it.
 *
 * @example
 * templateProblems(context, new Set(['reminder'])) // → ['template Reminder uses {{Adress}}, which is no field or column']
 */
export function templateProblems(context: MessageContext, kinds: ReadonlySet<MessageKind>): string[] {
  const problems: string[] = [];
  let attaches = false;
  for (const kind of kinds) {
    const { template, subject, body } = context.kinds[kind];
    attaches ||= template.attachInvoice;
    for (const field of new Set([...subject.unknown, ...body.unknown]))
      problems.push(`template ${templateName(template)} uses {{${field}}}, which is no field or column`);
  }
  if (attaches)
    for (const field of context.paymentInstructions.unknown) problems.push(`setting Payment Instructions uses {{${field}}}, which is no field or column`);
  return problems;
}

/**
 * The address block of a letter: the member's `Address` column as merged text, or null when the
 * sheet has no such column or the cell is blank.
 *
 * @example
 * letterAddress(context, facts) // → '12 Mill Lane\nSpringfield'
 */
export function letterAddress(context: MessageContext, facts: MessageFacts): string | null {
  if (context.address === null) return null;
  const text = bodyText(memberText(context, facts, context.address.index, false)).trim();
  return text === '' ? null : text;
}
