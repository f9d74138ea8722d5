import type { Preview } from '../../workbook/preview/buildPreview';
import type { OpenedBook } from '../../app/openBook';
import { isPosted } from '../../app/previewRun';
import { postedMessages } from '../../workbook/deliveries/postedMessages';
import { messageContext } from '../../workbook/messages/messageContext';
import { messageFactsOfItem } from '../../workbook/messages/messageFactsOfItem';
import { renderMessage } from '../../workbook/messages/renderMessage';
import type { ItemMessage } from './runsSession';

/**
 * The message an item of the preview gets (SPEC §9 "Task pane"), merged from the run's
 * template as it is now; null when the item's action sends none or the key is not in the
 * preview. Once the preview is posted, the message is the one delivery will send — from the
 * post's facts (with the Invoice ID post gave a renewal) — where the post has it. Before the
 * post a renewal's Invoice ID reads `INV-(number given at post)`.
 *
 * @example
 * itemMessage(book, preview, 'notify:INV-000042') // → { kind: 'reminder', subject: 'Reminder: invoice INV-000042 …', body: 'Dear …', … }
 */
export function itemMessage(book: OpenedBook, preview: Preview, key: string): ItemMessage | null {
  const { plan } = preview;
  const context = messageContext(book.grids, book.read, plan.run);
  let facts = null;
  if (isPosted(book, plan.run.id, plan.asOf)) {
    const posted = postedMessages(book.grids, book.read, book.context, plan.run, plan.asOf);
    if (posted.ok) facts = posted.messages.find((m) => m.key === key) ?? null;
  }
  if (facts === null) {
    const item = plan.items.find((i) => i.key === key);
    facts = item === undefined ? null : messageFactsOfItem(item, plan, context);
  }
  if (facts === null) return null;
  // A renewal's number is assigned when it posts: say so rather than merge a hole.
  if (facts.invoiceId === null && (facts.kind === 'invoice' || facts.key.startsWith('notify:new:'))) {
    facts = { ...facts, invoiceId: `${book.read.records.settings.invoicePrefix}(number given at post)` };
  }
  const message = renderMessage(context, facts);
  return {
    key,
    kind: message.kind,
    to: message.to,
    subject: message.subject,
    body: message.body,
    attachInvoice: message.invoice !== null && message.attachInvoice,
  };
}
