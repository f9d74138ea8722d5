import type { AppliedItem } from '../actions/actionDefinition';
import type { ApplyContext } from '../apply/applyContext';
import { batchPerson } from '../apply/batchPerson';
import type { PostingOf } from '../model/planItem';
import type { CollectItem } from './collectItem';
import type { PaymentBatchRow } from './paymentBatchRow';

/**
 * Posts an AutoPay submission (SPEC §3.6 "Posting: Attempts + 1, Last Attempt Date = D, Last
 * Attempt Status = `Submitted`; the items form the run's payment batch"). The previous
 * attempt's reason is cleared: it belonged to that attempt.
 *
 * @example
 * applyCollection(item, ctx).updates[0].values // → { Attempts: 2, 'Last Attempt Date': {date}, 'Last Attempt Status': 'Submitted', … }
 */
export function applyCollection(item: PostingOf<CollectItem>, ctx: ApplyContext): AppliedItem<PaymentBatchRow> {
  const { invoiceId, membershipId } = item;
  const invoice = (ctx.state.invoicesByMembership.get(membershipId) ?? []).find((inv) => inv.invoiceId === invoiceId);
  if (!invoice) throw new Error(`Cannot post ${item.key}: invoice ${invoiceId} is not among the records it was planned on.`);
  const attempt = invoice.attempts + 1;
  const person = batchPerson(item);
  return {
    updates: [
      {
        sheet: 'Invoices',
        row: invoice.row,
        values: { Attempts: attempt, 'Last Attempt Date': { date: ctx.asOf }, 'Last Attempt Status': 'Submitted', 'Last Attempt Reason': null },
      },
    ],
    appends: [],
    // Fields written out, not spread in: an object spread with more fields costs microseconds per row.
    batchRow: {
      memberId: person.memberId,
      name: person.name,
      email: person.email,
      invoiceId,
      membershipId,
      dueDate: item.dueDate,
      attempt,
      amount: item.amount,
    },
  };
}
