import { daysBetween } from '../dates/localDate';
import type { Invoice, Member } from '../model/records';
import type { Settings } from '../model/settings';
import type { ReconcileReason } from './reconcileReason';
import type { Settlement } from './settlement';

/** What one settlement row does, decided before anything changes. */
export type SettlementDecision =
  | { status: 'skipped' | 'error'; reason: ReconcileReason }
  | { status: 'ready'; kind: 'payment' }
  | { status: 'ready'; kind: 'reinstate' }
  | { status: 'ready'; kind: 'failed' }
  | { status: 'ready'; kind: 'progress' };

/** What the SPEC §11 rules need to know: for reinstatement the invoice's membership and the settings; for the currency check the invoice's currency. */
export interface SettlementContext {
  member: Member | undefined;
  settings: Pick<Settings, 'droppedStatus' | 'reinstateWithinDays'>;
  /**
   * The invoice's currency (SPEC §11: its Currency cell, else its product's); `null` or absent
   * when unknown, and then a row's Currency is not checked.
   */
  invoiceCurrency?: string | null;
}

/**
 * SPEC §3.8's rules for one Settlements row, first match wins: already applied → skipped;
 * unknown invoice → error; a Currency other than the invoice's (SPEC §11, letter case aside;
 * a blank Currency is not checked) → error; Settlement Status `Unknown` or `Failed to Settle` → error ("needs
 * investigation"); `Failed`, or `Completed` but not `Settled`, processed before the invoice's
 * Last Attempt Date → skipped (an earlier attempt's news); `Completed` + `Settled` → a payment (error when the invoice is not Open or
 * the amount is more than its balance, compared in cents); `Failed` → the attempt failed;
 * otherwise (`Completed` and still moving) → the attempt's status only. A settled payment for a
 * `Cancelled` invoice of a `Dropped` membership (SPEC §11) reinstates it when the member was
 * dropped at most Reinstate Within Days before the processed date (the last day counts) and the
 * amount equals the invoice Amount; else it stays the not-Open error, saying how long ago.
 *
 * @example
 * decideSettlement(row, invoice, false) // → { status: 'ready', kind: 'payment' }
 */
export function decideSettlement(settlement: Settlement, invoice: Invoice | undefined, applied: boolean, context?: SettlementContext): SettlementDecision {
  if (applied) return { status: 'skipped', reason: { code: 'ALREADY_APPLIED' } };
  if (invoice === undefined) return { status: 'error', reason: { code: 'UNKNOWN_INVOICE' } };
  const mismatch = currencyMismatch(settlement.currency, context?.invoiceCurrency ?? null);
  if (mismatch !== null) return { status: 'error', reason: mismatch };
  const status = settlement.settlementStatus;
  if (status === 'Unknown' || status === 'Failed to Settle') return { status: 'error', reason: { code: 'NEEDS_INVESTIGATION', status } };
  if (status !== 'Settled' || settlement.result === 'Failed') {
    // A failure or progress report older than the invoice's last attempt is about an earlier
    // attempt: it must not overwrite where the newer one stands (a re-imported old file).
    if (!isCurrentAttempt(settlement, invoice)) return { status: 'skipped', reason: { code: 'EARLIER_ATTEMPT' } };
    return { status: 'ready', kind: settlement.result === 'Failed' ? 'failed' : 'progress' };
  }
  // Money for a Cancelled or Credited invoice (or one already Paid) needs a person, not a rule.
  if (invoice.status !== 'Open') {
    const member = context?.member;
    const dropped =
      invoice.status === 'Cancelled' && member !== undefined && member.status === context!.settings.droppedStatus && member.terminationDate !== null;
    if (!dropped) return { status: 'error', reason: { code: 'INVOICE_NOT_OPEN', status: invoice.status } };
    const daysAgo = daysBetween(member.terminationDate!, settlement.processedDate);
    const withinDays = context!.settings.reinstateWithinDays;
    const fullAmount = toCents(settlement.amount) === toCents(invoice.amount);
    if (withinDays > 0 && daysAgo <= withinDays && fullAmount) return { status: 'ready', kind: 'reinstate' };
    const invoiceAmount = fullAmount ? null : invoice.amount;
    return { status: 'error', reason: { code: 'INVOICE_NOT_OPEN', status: invoice.status, dropped: { daysAgo, withinDays, invoiceAmount } } };
  }
  if (toCents(settlement.amount) > toCents(invoice.balance)) return { status: 'error', reason: { code: 'OVERPAYMENT', balance: invoice.balance } };
  return { status: 'ready', kind: 'payment' };
}

/**
 * The SPEC §11 error when a settlement's Currency is not its invoice's (ISO codes compared
 * upper-case); `null` when they agree or either is unknown (a blank Currency is no check).
 *
 * @example
 * currencyMismatch('EUR', 'USD') // → { code: 'CURRENCY_MISMATCH', currency: 'EUR', invoiceCurrency: 'USD' }
 * currencyMismatch('eur', 'EUR') // → null
 * currencyMismatch(null, 'USD')  // → null
 */
export function currencyMismatch(currency: string | null, invoiceCurrency: string | null): Extract<ReconcileReason, { code: 'CURRENCY_MISMATCH' }> | null {
  if (currency === null || invoiceCurrency === null) return null;
  const settled = currency.toUpperCase();
  const invoiced = invoiceCurrency.toUpperCase();
  return settled === invoiced ? null : { code: 'CURRENCY_MISMATCH', currency: settled, invoiceCurrency: invoiced };
}

/**
 * Whether a settlement was processed on or after the invoice's Last Attempt Date (a blank date
 * counts as current), so it may set the Last Attempt Status.
 *
 * @example
 * isCurrentAttempt({ processedDate: isoDate('2026-11-20') }, { lastAttemptDate: isoDate('2026-11-21') }) // → false
 */
export function isCurrentAttempt(settlement: Pick<Settlement, 'processedDate'>, invoice: Pick<Invoice, 'lastAttemptDate'>): boolean {
  return invoice.lastAttemptDate === null || settlement.processedDate >= invoice.lastAttemptDate;
}

/**
 * An amount in whole cents, so `0.1 + 0.2` compares equal to `0.3`.
 *
 * @example
 * toCents(120.1) // → 12010
 */
export function toCents(amount: number): number {
  return Math.round(amount * 100);
}
