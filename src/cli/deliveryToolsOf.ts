import type { DeliveryTools } from '../app/deliver/deliveryTools';
import type { OpenedBook } from '../app/openBook';
import { createDocumentRenderer } from '../documents/documentRenderer';
import { bodyText } from '../engine/messages/mergedValueText';
import type { MessageKind } from '../engine/messages/messageKind';
import { templateName } from '../engine/messages/templateFor';
import type { RunDefinition } from '../engine/model/run';
import { loadDocumentFonts } from '../hosts/file/documentFonts';
import { composeMessage } from '../workbook/messages/mime/composeMessage';
import { messageContext, type MessageContext } from '../workbook/messages/messageContext';
import { memberText, renderMessage } from '../workbook/messages/renderMessage';

/**
 * The delivery tools of a book in the CLI: its run's templates merged through one message
 * context, the PDFs drawn with the DejaVu fonts of the package, messages composed as RFC 5322
 * bytes; `parts` says where emails and letters go and how the log is kept.
 *
 * @example
 * const tools = await deliveryToolsOf(book, run, { email: outboxChannel(dir), letters: null, log: (e) => writer.append(e) });
 */
export async function deliveryToolsOf(book: OpenedBook, run: RunDefinition, parts: Pick<DeliveryTools, 'email' | 'letters' | 'log'>): Promise<DeliveryTools> {
  const context = messageContext(book.grids, book.read, run);
  const documents = createDocumentRenderer(await loadDocumentFonts());
  return {
    render: (facts) => ({ ...renderMessage(context, facts), address: letterAddress(context, facts) }),
    templateProblems: (kinds) => templateProblems(context, kinds),
    invoicePdf: (doc, paper) => documents.invoicePdf(doc, paper),
    lettersPdf: (letters, paper) => documents.lettersPdf(letters, paper),
    compose: composeMessage,
    ...parts,
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

function letterAddress(context: MessageContext, facts: Parameters<typeof memberText>[1]): string | null {
  if (context.address === null) return null;
  const text = bodyText(memberText(context, facts, context.address.index, false)).trim();
  return text === '' ? null : text;
}
