import type { AppliedItem } from '../actions/actionDefinition';
import { newInvoiceAppend } from '../apply/newInvoiceAppend';
import type { ApplyContext } from '../apply/applyContext';
import { batchPerson } from '../apply/batchPerson';
import type { PostingOf } from '../model/planItem';
import type { InvoiceBatchRow } from './invoiceBatchRow';
import type { PlannedRenewItem } from './renewItem';

/**
 * Posts a renew item (SPEC §3.1, §3.2): appends an `Open` invoice for the new term with
 * Bill Date = D, Balance = Amount and the Invoice ID assigned to it in `ctx`.
 *
 * When the run also posts the invoice's first notice (`notify:new:<Membership ID>`), the row is
 * written with Notices Sent 1 and Last Notice Date D at once — there is no existing row for the
 * notice to update, and writing 0 then 1 would record a change nobody made.
 *
 * @example
 * applyRenewal(renewItem, ctx).appends[0].values['Invoice ID'] // → 'INV-000042'
 */
export function applyRenewal(item: PostingOf<PlannedRenewItem>, ctx: ApplyContext): AppliedItem<InvoiceBatchRow> {
  const invoiceId = ctx.newInvoiceIds.get(item.key);
  if (invoiceId === undefined) throw new Error(`Cannot post ${item.key}: no Invoice ID was assigned to it.`);
  const noticed = ctx.noticedRenewals.has(item.key);
  const { membershipId, newProduct: product, dueDate, termStart, termEnd, amount } = item;
  const person = batchPerson(item);
  const append = newInvoiceAppend(
    { invoiceId, membershipId, memberId: person.memberId, dueDate, termStart, termEnd, product, amount, currency: item.currency, noticed },
    ctx,
  );
  // Fields written out, not spread in: an object spread with more fields costs microseconds per row.
  const batchRow: InvoiceBatchRow = {
    memberId: person.memberId,
    name: person.name,
    email: person.email,
    invoiceId,
    membershipId,
    product,
    billDate: ctx.asOf,
    dueDate,
    termStart,
    termEnd,
    amount,
    currency: item.currency,
  };
  return { updates: [], appends: [append], batchRow };
}
