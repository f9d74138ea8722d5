import type { AppliedItem } from '../actions/actionDefinition';
import type { ApplyContext } from '../apply/applyContext';
import { batchPerson } from '../apply/batchPerson';
import type { PostingOf } from '../model/planItem';
import type { NoticeBatchRow } from './noticeBatchRow';
import type { NoticeItem } from './noticeItem';

/**
 * Posts a notify item (SPEC §3.4). On an existing invoice (`notify:<Invoice ID>`): its Invoices
 * row gets Notices Sent = the notice number and Last Notice Date = D. On an invoice this post
 * appends (`notify:new:<Membership ID>`, which depends on the renew item): no update — the
 * appended row already carries Notices Sent 1 (see `applyRenewal`) — and the batch row gets
 * the Invoice ID assigned to that renewal, since the item's own `invoiceId` is `null` until
 * posted (SPEC §6).
 *
 * The batch amount is the invoice's Balance: what the notice asks the member to pay.
 *
 * @example
 * applyNotice(noticeItem, ctx).updates
 * // → [{ sheet: 'Invoices', row: 7, values: { 'Notices Sent': 2, 'Last Notice Date': { date: D } } }]
 */
export function applyNotice(item: PostingOf<NoticeItem>, ctx: ApplyContext): AppliedItem<NoticeBatchRow> {
  const invoiceId = item.dependsOn === null ? item.invoiceId : ctx.newInvoiceIds.get(item.dependsOn);
  if (invoiceId === undefined) throw new Error(`Cannot post ${item.key}: ${item.dependsOn} is not posting, so it has no invoice.`);
  const person = batchPerson(item);
  // Fields written out, not spread in: an object spread with more fields costs microseconds per row.
  const batchRow: NoticeBatchRow = {
    memberId: person.memberId,
    name: person.name,
    email: person.email,
    invoiceId,
    membershipId: item.membershipId,
    noticeNumber: item.noticeNumber,
    noticeKind: item.noticeKind,
    dueDate: item.dueDate,
    amount: item.amount,
    currency: item.currency,
  };
  if (item.dependsOn !== null) return { updates: [], appends: [], batchRow };
  const values = { 'Notices Sent': item.noticeNumber, 'Last Notice Date': { date: ctx.asOf } };
  return { updates: [{ sheet: 'Invoices', row: item.invoiceRow, values }], appends: [], batchRow };
}
