import type { AttemptStatus } from '../model/records';

/**
 * Why a settlement row (or a timed-out attempt) got its reconcile status, as data. Words
 * come only from {@link describeReconcileReason}.
 */
export type ReconcileReason =
  | { code: 'PAID_IN_FULL' }
  | { code: 'PARTIAL_PAYMENT'; balance: number }
  | { code: 'PAYMENT_FAILED'; reason: string | null }
  | { code: 'ATTEMPT_STATUS'; status: AttemptStatus }
  | { code: 'TIMED_OUT' }
  | { code: 'MEMBERSHIP_NOT_FOUND'; membershipId: string }
  | { code: 'ALREADY_APPLIED' }
  /** `lastAttemptReference` when a bank return quoted another attempt's reference (SPEC §10), else by date. */
  | { code: 'EARLIER_ATTEMPT'; lastAttemptReference?: string | null }
  | { code: 'UNKNOWN_INVOICE' }
  | { code: 'NEEDS_INVESTIGATION'; status: string }
  | { code: 'OVERPAYMENT'; balance: number }
  /**
   * A settled payment for an invoice that is not Open. For a Cancelled invoice of a dropped
   * membership (SPEC §11), `dropped` says how many days before the payment the member was
   * dropped, the Reinstate Within Days window, and whether the amount differs from the invoice Amount.
   */
  | { code: 'INVOICE_NOT_OPEN'; status: string; dropped?: { daysAgo: number; withinDays: number; invoiceAmount: number | null } }
  /**
   * A dropped member paid the cancelled invoice in full within the window (SPEC §11). `memberType`:
   * `restored` to the value the drop replaced; `kept` when a later change made it something else
   * than the Non-Member Type the drop wrote; `null` when the drop did not change it.
   */
  | { code: 'REINSTATED'; memberType: { restored: string } | { kept: string | null; replaced: string } | null }
  // bank files (SPEC §10)
  | { code: 'NOT_BOOKED' }
  | { code: 'NOT_A_COLLECTION' }
  | { code: 'PAYMENT_RETURNED'; reason: string; firstAgain: boolean }
  | { code: 'REVERSED_AFTER_SETTLEMENT'; reason: string }
  | { code: 'REVERSAL_WITHOUT_PAYMENT'; reason: string }
  | { code: 'UNKNOWN_BATCH'; pmtInfId: string }
  | { code: 'BATCH_TOTAL_DIFFERS'; pmtInfId: string; count: number; sum: number; exportedCount: number; exportedSum: number }
  | { code: 'CURRENCY_MISMATCH'; currency: string; invoiceCurrency: string };

export type ReconcileReasonCode = ReconcileReason['code'];

const money = (n: number) => n.toFixed(2);
const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

function describeDropped(d: NonNullable<Extract<ReconcileReason, { code: 'INVOICE_NOT_OPEN' }>['dropped']>): string {
  const when = `the member was dropped ${days(d.daysAgo)} ago`;
  if (d.withinDays === 0) return `${when} (reinstatement is off: Reinstate Within Days is 0)`;
  if (d.daysAgo > d.withinDays) return `${when}, more than Reinstate Within Days (${d.withinDays})`;
  if (d.invoiceAmount !== null) return `${when}, but only a payment of the invoice Amount ${money(d.invoiceAmount)} reinstates`;
  return when;
}

/**
 * A reconcile reason in the words staff read (CLI summary, `reconcile --json`).
 *
 * @example
 * describeReconcileReason({ code: 'OVERPAYMENT', balance: 20 }) // → 'overpayment: the amount is more than the balance 20.00'
 * describeReconcileReason({ code: 'ALREADY_APPLIED' })          // → 'already applied'
 */
export function describeReconcileReason(reason: ReconcileReason): string {
  switch (reason.code) {
    case 'PAID_IN_FULL':
      return 'paid in full; membership extended';
    case 'PARTIAL_PAYMENT':
      return `partial payment; balance ${money(reason.balance)} left`;
    case 'PAYMENT_FAILED':
      return reason.reason ? `payment failed: ${reason.reason}` : 'payment failed';
    case 'ATTEMPT_STATUS':
      return `payment ${reason.status}`;
    case 'TIMED_OUT':
      return 'Failed to reconcile – timed out';
    case 'MEMBERSHIP_NOT_FOUND':
      return `paid in full, but membership '${reason.membershipId}' is not on the Members sheet`;
    case 'ALREADY_APPLIED':
      return 'already applied';
    case 'EARLIER_ATTEMPT':
      if (reason.lastAttemptReference !== undefined) {
        return `about an earlier payment attempt (not the Last Attempt Reference ${reason.lastAttemptReference ?? '(blank)'})`;
      }
      return 'about an earlier payment attempt (processed before Last Attempt Date)';
    case 'UNKNOWN_INVOICE':
      return 'unknown invoice';
    case 'NEEDS_INVESTIGATION':
      return `needs investigation (Settlement Status ${reason.status})`;
    case 'OVERPAYMENT':
      return `overpayment: the amount is more than the balance ${money(reason.balance)}`;
    case 'INVOICE_NOT_OPEN':
      return `invoice is ${reason.status}${reason.dropped ? `: ${describeDropped(reason.dropped)}` : ''}`;
    case 'REINSTATED': {
      const t = reason.memberType;
      if (t === null) return 'reinstated; membership extended';
      if ('restored' in t) return `reinstated; membership extended; Member Type restored to ${t.restored}`;
      return `reinstated; membership extended; Member Type kept as ${t.kept ?? '(blank)'}: it changed after the drop (the drop replaced ${t.replaced})`;
    }
    case 'NOT_BOOKED':
      return 'not booked yet';
    case 'NOT_A_COLLECTION':
      return 'not a direct debit collection';
    case 'PAYMENT_RETURNED':
      return `payment returned: ${reason.reason}${reason.firstAgain ? '; the next collection is FRST again' : ''}`;
    case 'REVERSED_AFTER_SETTLEMENT':
      return `reversed after it settled (${reason.reason}): invoice reopened; membership was extended by this payment: review it`;
    case 'REVERSAL_WITHOUT_PAYMENT':
      return `reversal (${reason.reason}) of a payment that is not on the Payments sheet: needs investigation`;
    case 'UNKNOWN_BATCH':
      // A bank's lump-sum credit may name only its own Btch/MsgId (the FFFS sample): nothing to match.
      if (reason.pmtInfId === '') return 'a batch-booked collection credit that names no PmtInfId: needs investigation';
      return `no exported batch has PmtInfId ${reason.pmtInfId}`;
    case 'BATCH_TOTAL_DIFFERS':
      return (
        `batch total differs: the bank booked ${reason.count} for ${money(reason.sum)}, ` +
        `${reason.pmtInfId} was exported with ${reason.exportedCount} for ${money(reason.exportedSum)}`
      );
    case 'CURRENCY_MISMATCH':
      return `settled in ${reason.currency}, but the invoice is in ${reason.invoiceCurrency}`;
  }
}
