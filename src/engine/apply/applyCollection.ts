import type { PlanItem } from '../model/planItem';
import type { ApplyContext } from './applyContext';
import type { PaymentBatchRow } from './batches';
import { batchPerson } from './batchPerson';
import type { RowUpdate } from './changeSet';
import { requireField } from './requireField';

/** What posting one collect item writes: the invoice's attempt, and its payment batch row. */
export interface AppliedCollection {
  update: RowUpdate;
  batchRow: PaymentBatchRow;
}

/**
 * Posts an AutoPay submission (SPEC §3.6 "Posting: Attempts + 1, Last Attempt Date = D, Last
 * Attempt Status = `Submitted`; the items form the run's payment batch"). The previous
 * attempt's reason is cleared: it belonged to that attempt.
 *
 * @example
 * applyCollection(item, ctx).update.values // → { Attempts: 2, 'Last Attempt Date': {date}, 'Last Attempt Status': 'Submitted', … }
 */
export function applyCollection(item: PlanItem, ctx: ApplyContext): AppliedCollection {
  const invoiceId = requireField(item, 'invoiceId');
  const membershipId = requireField(item, 'membershipId');
  const invoice = (ctx.state.invoicesByMembership.get(membershipId) ?? []).find((inv) => inv.invoiceId === invoiceId);
  if (!invoice) throw new Error(`Cannot post ${item.key}: invoice ${invoiceId} is not among the records it was planned on.`);
  const attempt = invoice.attempts + 1;
  return {
    update: {
      sheet: 'Invoices',
      row: invoice.row,
      values: { Attempts: attempt, 'Last Attempt Date': { date: ctx.asOf }, 'Last Attempt Status': 'Submitted', 'Last Attempt Reason': null },
    },
    batchRow: { ...batchPerson(item), invoiceId, membershipId, dueDate: requireField(item, 'dueDate'), attempt, amount: requireField(item, 'amount') },
  };
}
