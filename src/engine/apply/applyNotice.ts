import type { PlanItem } from '../model/planItem';
import type { ApplyContext } from './applyContext';
import type { NoticeBatchRow } from './batches';
import { batchPerson } from './batchPerson';
import type { RowUpdate } from './changeSet';
import { requireField } from './requireField';

/** What posting one notice writes: the invoice update (none for a new invoice) and its batch row. */
export interface AppliedNotice {
  update: RowUpdate | null;
  batchRow: NoticeBatchRow;
}

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
 * applyNotice(noticeItem, ctx).update
 * // → { sheet: 'Invoices', row: 7, values: { 'Notices Sent': 2, 'Last Notice Date': { date: D } } }
 */
export function applyNotice(item: PlanItem, ctx: ApplyContext): AppliedNotice {
  const onNewInvoice = item.dependsOn !== null;
  const invoiceId = onNewInvoice ? ctx.newInvoiceIds.get(item.dependsOn as string) : requireField(item, 'invoiceId');
  if (invoiceId === undefined) throw new Error(`Cannot post ${item.key}: ${item.dependsOn} is not posting, so it has no invoice.`);
  const noticeNumber = requireField(item, 'noticeNumber');
  const batchRow: NoticeBatchRow = {
    ...batchPerson(item),
    invoiceId,
    membershipId: requireField(item, 'membershipId'),
    noticeNumber,
    noticeKind: requireField(item, 'noticeKind'),
    dueDate: requireField(item, 'dueDate'),
    amount: requireField(item, 'amount'),
  };
  if (onNewInvoice) return { update: null, batchRow };
  const update: RowUpdate = {
    sheet: 'Invoices',
    row: requireField(item, 'invoiceRow'),
    values: { 'Notices Sent': noticeNumber, 'Last Notice Date': { date: ctx.asOf } },
  };
  return { update, batchRow };
}
