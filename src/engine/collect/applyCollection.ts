import type { AppliedItem } from '../actions/actionDefinition';
import type { ApplyContext } from '../apply/applyContext';
import { batchPerson } from '../apply/batchPerson';
import type { ChangeValue, RowUpdate } from '../apply/changeSet';
import type { PostingOf } from '../model/planItem';
import { attemptAccount } from '../bank/maskAccount';
import { bankCollectionRow } from './bank/bankCollectionRow';
import { collectionLedgerRow } from './bank/collectionLedgerRow';
import type { CollectItem } from './collectItem';
import type { PaymentBatchRow } from './paymentBatchRow';

/**
 * Posts an AutoPay submission (SPEC §3.6 "Posting: Attempts + 1, Last Attempt Date = D, Last
 * Attempt Status = `Submitted`; the items form the run's payment batch"). The previous
 * attempt's reason is cleared: it belonged to that attempt. With a Payment File (SPEC §10) it
 * also records Last Attempt Reference, Last Attempt Account and Collection Date, and for SEPA
 * Last Mandate Collected = Mandate ID — every one journaled, so revert restores them.
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
  const member = ctx.state.membersByMembershipId.get(membershipId);
  const bank = member === undefined ? null : bankCollectionRow(member, invoice, attempt, item.key, ctx);
  const values: Record<string, ChangeValue> = {
    Attempts: attempt,
    'Last Attempt Date': { date: ctx.asOf },
    'Last Attempt Status': 'Submitted',
    'Last Attempt Reason': null,
  };
  const updates: RowUpdate[] = [{ sheet: 'Invoices', row: invoice.row, values }];
  if (bank !== null && member !== undefined) {
    values['Last Attempt Reference'] = bank.reference;
    values['Last Attempt Account'] = attemptAccount(bank.paymentFile, member);
    values['Collection Date'] = { date: bank.collectionDate };
    if (bank.paymentFile === 'sepa' && member.lastMandateCollected !== member.mandateId) {
      updates.push({ sheet: 'Members', row: member.row, values: { 'Last Mandate Collected': member.mandateId } });
    }
  } else if (invoice.lastAttemptReference !== null || invoice.lastAttemptAccount !== null || invoice.collectionDate !== null) {
    // A collection outside a bank file: the earlier bank attempt's reference and date no longer describe the last attempt.
    values['Last Attempt Reference'] = null;
    values['Last Attempt Account'] = null;
    values['Collection Date'] = null;
  }
  return {
    updates,
    appends: bank === null ? [] : [collectionLedgerRow(bank, invoiceId, item.amount, ctx)],
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
      currency: item.currency,
      bank,
    },
  };
}
