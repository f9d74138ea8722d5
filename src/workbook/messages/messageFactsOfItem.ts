import type { LocalDate } from '../../engine/dates/localDate';
import { nameKey } from '../../engine/gather/nameKey';
import { messageKindOf } from '../../engine/messages/messageKind';
import type { PlanItem } from '../../engine/model/planItem';
import type { MessageContext } from './messageContext';
import type { MessageFacts } from './messageFacts';

/**
 * What the message of a previewed item is about (SPEC §9), or `null` for an item whose action
 * sends none. Beside the item's own fields: its invoice's Bill Date and Balance (a renewal's
 * invoice is billed on the as-of date and its balance is its amount), the Currency of the
 * invoiced product (the new product of a renewal; USD when Products does not list it), and the
 * Collection Date of an AutoPay collection — the as-of date the run submits it. A renewal has no
 * Invoice ID until post.
 *
 * @example
 * messageFactsOfItem(item, { asOf }, context)
 * // → { key: 'notify:INV-000042', kind: 'reminder', invoiceId: 'INV-000042', currency: 'USD', … }
 */
export function messageFactsOfItem(item: PlanItem, plan: { asOf: LocalDate }, context: MessageContext): MessageFacts | null {
  const kind = messageKindOf(item);
  if (kind === null) return null;
  const invoice = item.invoiceId === null ? undefined : context.invoicesById.get(item.invoiceId);
  const invoiced = item.newProduct ?? item.product;
  return {
    key: item.key,
    kind,
    runId: context.run.id,
    runName: context.run.name,
    asOf: plan.asOf,
    memberId: item.memberId,
    membershipId: item.membershipId,
    name: item.name,
    email: item.email,
    invoiceId: item.invoiceId,
    billDate: invoice !== undefined ? invoice.billDate : item.action === 'renew' ? plan.asOf : null,
    amount: item.amount,
    balance: invoice !== undefined ? invoice.balance : item.amount,
    currency: invoiced === null ? null : (context.productCurrency.get(nameKey(invoiced)) ?? null),
    dueDate: item.dueDate,
    termStart: item.termStart,
    termEnd: item.termEnd,
    product: item.product,
    newProduct: item.newProduct,
    noticeNumber: item.noticeNumber,
    noticeKind: item.noticeKind,
    collectionDate: item.action === 'collect' ? plan.asOf : null,
    memberRow: item.memberRow,
  };
}
