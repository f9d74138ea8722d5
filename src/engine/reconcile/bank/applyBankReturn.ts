import type { RowUpdate } from '../../apply/changeSet';
import { describeReturn } from '../../bank/returnReasons';
import { toCents } from '../decideSettlement';
import type { ReconcileReason } from '../reconcileReason';
import type { ReconcileState } from '../reconcileState';
import type { BankSettlement, PaymentRecord, PostedCollection } from './bankSettlement';

export interface BankReturnContext {
  state: ReconcileState;
  /** The Payments sheet's rows (and the ones this reconcile appends, row −1), mutable: a reversal marks its row. */
  payments: PaymentRecord[];
  collectionsByReference: ReadonlyMap<string, PostedCollection>;
}

export interface BankReturnOutcome {
  status: 'ready' | 'warning' | 'skipped' | 'error';
  reason: ReconcileReason;
  /** The Payments row a reversal marks `Reversed By`. */
  paymentUpdate?: RowUpdate;
}

/**
 * A returned collection (SPEC §10), first match wins:
 * - unknown invoice → error; the return quotes another attempt than the invoice's Last Attempt
 *   Reference → skipped (a stale return: a newer attempt is under way);
 * - the debit had settled (Last Attempt Status `Settled`) and this is a reversal or refund →
 *   the invoice reopens (Balance back up by the amount, at most its Amount; Status `Open`), the
 *   payment row is marked `Reversed By`, and the item is a `warning` ("membership was extended
 *   by this payment: review it"); nothing else is rolled back;
 * - the same return already recorded (Failed with these words) → skipped "already applied";
 * - otherwise the attempt failed: Last Attempt Status `Failed`, Last Attempt Reason = the code and
 *   its words (`AM04 Insufficient funds`), and a returned `FRST` clears Last Mandate Collected.
 *
 * @example
 * applyBankReturn(entry, { state, payments, collectionsByReference }).reason
 * // → { code: 'PAYMENT_RETURNED', reason: 'AM04 Insufficient funds', firstAgain: true }
 */
export function applyBankReturn(e: BankSettlement, ctx: BankReturnContext): BankReturnOutcome {
  const invoice = e.invoiceId === null ? undefined : ctx.state.invoice(e.invoiceId);
  if (invoice === undefined) return { status: 'error', reason: { code: 'UNKNOWN_INVOICE' } };
  if (e.attemptReference === null || e.attemptReference !== invoice.lastAttemptReference) {
    return { status: 'skipped', reason: { code: 'EARLIER_ATTEMPT', lastAttemptReference: invoice.lastAttemptReference } };
  }
  const words = describeReturn(e.returnCode ?? '', e.returnText);
  if (invoice.lastAttemptStatus === 'Settled' && (e.reversal || invoice.status === 'Paid')) {
    const payment = latestStandingPayment(ctx.payments, invoice.invoiceId);
    if (payment === undefined) return { status: 'error', reason: { code: 'REVERSAL_WITHOUT_PAYMENT', reason: words } };
    payment.reversedBy = e.reference;
    invoice.balance = Math.min(toCents(invoice.amount), toCents(invoice.balance) + toCents(e.amount)) / 100;
    invoice.status = 'Open';
    invoice.lastAttemptStatus = 'Failed';
    invoice.lastAttemptReason = words;
    const paymentUpdate = payment.row > 0 ? { sheet: 'Payments' as const, row: payment.row, values: { 'Reversed By': e.reference } } : undefined;
    return { status: 'warning', reason: { code: 'REVERSED_AFTER_SETTLEMENT', reason: words }, paymentUpdate };
  }
  if (invoice.lastAttemptStatus === 'Failed' && invoice.lastAttemptReason === words) return { status: 'skipped', reason: { code: 'ALREADY_APPLIED' } };
  invoice.lastAttemptStatus = 'Failed';
  invoice.lastAttemptReason = words;
  const collection = ctx.collectionsByReference.get(e.attemptReference);
  const member = ctx.state.member(invoice.membershipId);
  const firstAgain =
    collection?.sequenceType === 'FRST' && member !== undefined && member.lastMandateCollected !== null && member.lastMandateCollected === collection.mandateId;
  if (firstAgain) member.lastMandateCollected = null;
  return { status: 'ready', reason: { code: 'PAYMENT_RETURNED', reason: words, firstAgain } };
}

/** The invoice's last payment row not yet reversed. */
function latestStandingPayment(payments: readonly PaymentRecord[], invoiceId: string): PaymentRecord | undefined {
  let found: PaymentRecord | undefined;
  for (const p of payments) if (p.invoiceId === invoiceId && p.reversedBy === null) found = p;
  return found;
}
