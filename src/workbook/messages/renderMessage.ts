import { bodyText, oneLineText } from '../../engine/messages/mergedValueText';
import type { MessageKind } from '../../engine/messages/messageKind';
import type { PaperSize } from '../../engine/model/settings';
import type { InvoiceDocument } from '../../documents/documentTypes';
import { cellText } from './memberColumns';
import type { CompiledText } from './mergeSource';
import type { MessageContext } from './messageContext';
import type { MessageFacts } from './messageFacts';

/** One message, merged and ready to send or print (SPEC §9). */
export interface RenderedMessage {
  /** The item's key as previewed. */
  key: string;
  kind: MessageKind;
  /** The member's email address; `null` means a printed letter. */
  to: string | null;
  name: string | null;
  /** One line: merged control characters are spaces. */
  subject: string;
  /** Plain text, `\n` line breaks. */
  body: string;
  attachInvoice: boolean;
  /** The invoice to attach: when the template attaches one and the item has an Invoice ID. */
  invoice: InvoiceDocument | null;
  paperSize: PaperSize;
}

/**
 * Renders one message (SPEC §9): the run's template of the facts' kind, its fields merged —
 * dates and amounts in the Locale, blanks as empty text; in the Subject every control
 * character of a merged value is a space, in the Body merged values keep their line breaks
 * (`\n`). With Attach Invoice and an Invoice ID it also fills the invoice document, its
 * Payment Instructions merged too. A renewal before post has no Invoice ID yet: that field
 * merges as empty text and there is no document to attach.
 *
 * @example
 * const message = renderMessage(context, facts);
 * message.subject // → 'Second reminder: invoice INV-000042 is unpaid'
 */
export function renderMessage(context: MessageContext, facts: MessageFacts): RenderedMessage {
  const { template, subject, body } = context.kinds[facts.kind];
  const invoice = template.attachInvoice && facts.invoiceId !== null ? invoiceDocument(context, facts, facts.invoiceId) : null;
  return {
    key: facts.key,
    kind: facts.kind,
    to: facts.email,
    name: facts.name,
    subject: mergeText(context, subject, facts, oneLineText),
    body: mergeText(context, body, facts, bodyText),
    attachInvoice: template.attachInvoice,
    invoice,
    paperSize: context.settings.paperSize,
  };
}

/**
 * A compiled text with the facts merged; `clean` shapes each merged value (never the
 * template's own text).
 *
 * @example
 * mergeText(context, context.kinds.first.subject, facts, oneLineText) // → 'Reminder: invoice INV-000042 is due December 1, 2026'
 */
export function mergeText(context: MessageContext, text: CompiledText, facts: MessageFacts, clean: (value: string) => string): string {
  let out = '';
  for (const part of text.parts) {
    if ('literal' in part) out += part.literal;
    else if ('item' in part) out += clean(part.item(facts, context.formats));
    else if ('setting' in part) out += clean(part.setting);
    else out += clean(memberText(context, facts, part.member.index, part.member.isDate));
  }
  return out;
}

/** A Members cell of the facts' row as merged text; empty when there is no row. */
export function memberText(context: MessageContext, facts: MessageFacts, index: number, isDate: boolean): string {
  const grid = context.members;
  if (grid === null || facts.memberRow === null) return '';
  return cellText(grid.cells[facts.memberRow - grid.firstRow]?.[index], isDate, context.formats, context.cellContext);
}

function invoiceDocument(context: MessageContext, facts: MessageFacts, invoiceId: string): InvoiceDocument {
  const { formats, settings, address } = context;
  const currency = facts.currency ?? 'USD';
  const memberAddress = address === null ? '' : bodyText(memberText(context, facts, address.index, false));
  return {
    organisationName: settings.organisationName ?? '',
    organisationAddress: settings.organisationAddress ?? '',
    invoiceId,
    billDate: formats.date(facts.billDate),
    dueDate: formats.date(facts.dueDate),
    memberName: facts.name ?? '',
    memberAddress: memberAddress === '' ? null : memberAddress,
    memberId: facts.memberId ?? '',
    product: facts.newProduct ?? facts.product ?? '',
    term: `${formats.date(facts.termStart)} – ${formats.date(facts.termEnd)}`,
    amount: formats.amount(facts.amount, currency),
    balance: formats.amount(facts.balance ?? facts.amount, currency),
    paymentInstructions: mergeText(context, context.paymentInstructions, facts, bodyText),
  };
}
