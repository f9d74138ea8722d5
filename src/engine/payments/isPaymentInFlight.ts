import type { LocalDate } from '../dates/localDate';
import { addDays } from '../dates/localDate';
import type { AttemptStatus, Invoice } from '../model/records';

/**
 * The Last Attempt Statuses of a payment that was submitted and has not settled or failed yet
 * (SPEC §3.6: "In flight = Last Attempt Status ∈ {Submitted, Awaiting Sync, In Progress,
 * Not Settled}").
 */
export const IN_FLIGHT_ATTEMPT_STATUSES: readonly AttemptStatus[] = ['Submitted', 'Awaiting Sync', 'In Progress', 'Not Settled'];

/** The invoice fields that say where its last payment attempt stands. */
export type PaymentAttempt = Pick<Invoice, 'lastAttemptStatus' | 'lastAttemptDate'> & Partial<Pick<Invoice, 'collectionDate'>>;

/**
 * Whether an invoice's last payment attempt is still in flight as of `asOf`: its status is one
 * of {@link IN_FLIGHT_ATTEMPT_STATUSES} and it was made at most `reconcileTimeoutDays` days ago
 * (SPEC §3.6: "In flight and `Last Attempt Date ≥ D − Reconcile Timeout Days`").
 *
 * An in-flight status with a blank Last Attempt Date counts as in flight: without a date we
 * cannot prove the attempt timed out, and treating money that may still arrive as failed
 * (dropping the member, or charging the card again) is the costlier mistake.
 *
 * @example
 * const attempt = { lastAttemptStatus: 'Submitted', lastAttemptDate: isoDate('2026-03-05') };
 * isPaymentInFlight(attempt, isoDate('2026-03-10'), 5) // → true  (5 days ago: not yet timed out)
 * isPaymentInFlight(attempt, isoDate('2026-03-11'), 5) // → false (timed out; see isAttemptTimedOut)
 */
export function isPaymentInFlight(attempt: PaymentAttempt, asOf: LocalDate, reconcileTimeoutDays: number): boolean {
  return hasInFlightStatus(attempt) && !isStale(attempt, asOf, reconcileTimeoutDays);
}

/**
 * Whether an invoice's last attempt has an in-flight status but is older than the reconcile
 * timeout, so that it "counts as failed ('Failed to reconcile – timed out') and the invoice is
 * evaluated again" (SPEC §3.6). A blank Last Attempt Date never times out (see
 * {@link isPaymentInFlight}). An attempt already recorded as `Failed to reconcile – timed out`
 * is no longer in flight and is not reported here: it is an ordinary failed attempt.
 *
 * @example
 * const attempt = { lastAttemptStatus: 'Awaiting Sync', lastAttemptDate: isoDate('2026-03-04') };
 * isAttemptTimedOut(attempt, isoDate('2026-03-10'), 5) // → true (6 days > 5)
 */
export function isAttemptTimedOut(attempt: PaymentAttempt, asOf: LocalDate, reconcileTimeoutDays: number): boolean {
  return hasInFlightStatus(attempt) && isStale(attempt, asOf, reconcileTimeoutDays);
}

/**
 * Whether the last attempt's status is an in-flight one, whatever its date.
 *
 * @example
 * hasInFlightStatus({ lastAttemptStatus: 'Not Settled', lastAttemptDate: null }) // → true
 * hasInFlightStatus({ lastAttemptStatus: 'Failed', lastAttemptDate: null })      // → false
 */
export function hasInFlightStatus(attempt: PaymentAttempt): boolean {
  return attempt.lastAttemptStatus != null && IN_FLIGHT_ATTEMPT_STATUSES.includes(attempt.lastAttemptStatus);
}

/**
 * Made before `D − timeout`; a blank date is never stale. For a bank collection the timeout
 * counts from its Collection Date (SPEC §10: "a debit is never declared timed out before it was
 * due"), else from the Last Attempt Date.
 */
function isStale(attempt: PaymentAttempt, asOf: LocalDate, reconcileTimeoutDays: number): boolean {
  const since = attempt.collectionDate ?? attempt.lastAttemptDate;
  return since != null && since < addDays(asOf, -reconcileTimeoutDays);
}
