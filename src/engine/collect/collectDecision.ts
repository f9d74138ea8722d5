import { LocalDate, toYmd } from '../dates/localDate';
import type { Reason } from '../model/reason';
import type { Invoice, YearMonth } from '../model/records';
import { hasInFlightStatus, isAttemptTimedOut } from '../payments/isPaymentInFlight';

/** What collect decides for the current open invoice of an AutoPay membership. */
export type CollectDecision = { status: 'ready' | 'warning' | 'skipped'; reason: Reason | null };

export interface CollectDecisionOptions {
  asOf: LocalDate;
  maxPaymentRetries: number;
  reconcileTimeoutDays: number;
  cardExpiry: YearMonth | null;
}

/**
 * Decides whether an invoice is submitted for collection (SPEC §3.6), first matching rule wins:
 * 1. In flight (`Submitted`, `Awaiting Sync`, `In Progress`, `Not Settled`) and
 *    `Last Attempt Date ≥ D − Reconcile Timeout Days` → skipped "payment in progress". In flight
 *    and older → the attempt counts as failed ("Failed to reconcile – timed out") and the
 *    invoice is evaluated again (it posts as a `warning` saying so).
 * 2. `Attempts ≥ Max Payment Retries` → skipped "retry limit reached".
 * 3. Last attempt failed with a reason containing `expired card` (any case), and Card Expiry
 *    blank or not later than the month of Last Attempt Date → skipped "pending: update payment method".
 *
 * @example
 * collectDecision(invoice, { asOf, maxPaymentRetries: 3, reconcileTimeoutDays: 5, cardExpiry: null })
 * // → { status: 'ready', reason: null }
 */
export function collectDecision(invoice: Invoice, options: CollectDecisionOptions): CollectDecision {
  const { asOf, maxPaymentRetries, reconcileTimeoutDays } = options;
  const timedOut = isAttemptTimedOut(invoice, asOf, reconcileTimeoutDays);
  if (hasInFlightStatus(invoice) && !timedOut) {
    return { status: 'skipped', reason: { code: 'PAYMENT_IN_PROGRESS', detail: { invoiceId: invoice.invoiceId } } };
  }
  if (invoice.attempts >= maxPaymentRetries) {
    return { status: 'skipped', reason: { code: 'RETRY_LIMIT_REACHED', detail: { attempts: invoice.attempts, maxRetries: maxPaymentRetries } } };
  }
  if (!timedOut && isExpiredCardFailure(invoice) && !cardRenewedSince(options.cardExpiry, invoice.lastAttemptDate)) {
    return { status: 'skipped', reason: { code: 'UPDATE_PAYMENT_METHOD' } };
  }
  return timedOut ? { status: 'warning', reason: { code: 'ATTEMPT_TIMED_OUT' } } : { status: 'ready', reason: null };
}

function isExpiredCardFailure(invoice: Invoice): boolean {
  return invoice.lastAttemptStatus === 'Failed' && (invoice.lastAttemptReason ?? '').toLowerCase().includes('expired card');
}

/** "Card Expiry … later than the month of Last Attempt Date": a card good beyond that month. */
function cardRenewedSince(cardExpiry: YearMonth | null, lastAttempt: LocalDate | null): boolean {
  if (cardExpiry === null) return false;
  if (lastAttempt === null) return true;
  const { year, month } = toYmd(lastAttempt);
  return cardExpiry > year * 12 + (month - 1);
}
