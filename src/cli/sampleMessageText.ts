import type { OpenedBook } from '../app/openBook';
import type { Plan } from '../engine/plan/planRun';
import { posts } from '../engine/model/planItem';
import { messageContext } from '../workbook/messages/messageContext';
import { messageFactsOfItem } from '../workbook/messages/messageFactsOfItem';
import { renderMessage } from '../workbook/messages/renderMessage';

/** The kinds whose messages show a demo best, most telling first: a notice names its invoice. */
const SHOWN_FIRST = ['reminder', 'first', 'final', 'invoice', 'drop', 'activation', 'collection'];

/**
 * One message the plan would send, merged from the book's templates (SPEC §9), as the demo
 * prints it: an email about an existing invoice when there is one (a renewal's Invoice ID is
 * only assigned when it posts). Null when no item that posts sends a message.
 *
 * @example
 * sampleMessageText(book, preview.plan) // → 'To: ana.lee.100012@example.org\nSubject: Friendly reminder: …\n\nDear Ana Lee, …'
 */
export function sampleMessageText(book: OpenedBook, plan: Plan): string | null {
  const context = messageContext(book.grids, book.read, plan.run);
  let best: { rank: number; text: string } | null = null;
  for (const item of plan.items) {
    if (!posts(item)) continue;
    const facts = messageFactsOfItem(item, plan, context);
    if (facts === null) continue;
    // A member with an email address shows what an email looks like; letters rank after.
    const rank = SHOWN_FIRST.indexOf(facts.kind) + (facts.email === null ? SHOWN_FIRST.length : 0);
    if (best !== null && rank >= best.rank) continue;
    const message = renderMessage(context, facts);
    const to = message.to ?? `${message.name ?? ''} (a printed letter: no email address)`;
    const attachment = message.invoice === null ? '' : `\n[attached: ${message.invoice.invoiceId}.pdf]`;
    best = { rank, text: `To: ${to}\nSubject: ${message.subject}\n\n${message.body}${attachment}` };
  }
  return best?.text ?? null;
}
