import { addDays } from '../dates/localDate';
import { ATTEMPT_STATUSES, AttemptStatus } from '../model/records';
import { d, makeInvoice } from '../testing/recordBuilders';
import { hasInFlightStatus, isAttemptTimedOut, isPaymentInFlight } from './isPaymentInFlight';

const D = d('2026-03-10');
const TIMEOUT = 5;

describe('isPaymentInFlight', () => {
  it.each([
    ['D − timeout − 1 (timed out)', -TIMEOUT - 1, false, true],
    ['D − timeout (last day in flight)', -TIMEOUT, true, false],
    ['D (submitted today)', 0, true, false],
    ['after D (dated in the future)', 1, true, false],
  ])('when Last Attempt Date is %s', (_label, offset, inFlight, timedOut) => {
    const attempt = { lastAttemptStatus: 'Submitted' as const, lastAttemptDate: addDays(D, offset) };
    expect(isPaymentInFlight(attempt, D, TIMEOUT)).toBe(inFlight);
    expect(isAttemptTimedOut(attempt, D, TIMEOUT)).toBe(timedOut);
  });

  /** A Record, so that a new attempt status fails to compile until it is classified here. */
  const IN_FLIGHT: Record<AttemptStatus, boolean> = {
    Submitted: true,
    'Awaiting Sync': true,
    'In Progress': true,
    'Not Settled': true,
    Settled: false,
    Failed: false,
    'Failed to reconcile – timed out': false,
  };

  it.each(ATTEMPT_STATUSES.map((s) => [s, IN_FLIGHT[s]] as const))('is %s in flight → %s when attempted today', (status, expected) => {
    expect(isPaymentInFlight({ lastAttemptStatus: status, lastAttemptDate: D }, D, TIMEOUT)).toBe(expected);
    expect(hasInFlightStatus({ lastAttemptStatus: status, lastAttemptDate: D })).toBe(expected);
  });

  it('is false when there was no attempt', () => {
    expect(isPaymentInFlight({ lastAttemptStatus: null, lastAttemptDate: null }, D, TIMEOUT)).toBe(false);
    expect(isAttemptTimedOut({ lastAttemptStatus: null, lastAttemptDate: null }, D, TIMEOUT)).toBe(false);
  });

  it('treats an in-flight status with a blank Last Attempt Date as in flight, never timed out', () => {
    const attempt = { lastAttemptStatus: 'In Progress' as const, lastAttemptDate: null };
    expect(isPaymentInFlight(attempt, D, TIMEOUT)).toBe(true);
    expect(isAttemptTimedOut(attempt, D, TIMEOUT)).toBe(false);
  });

  it('uses the timeout it is given', () => {
    const attempt = { lastAttemptStatus: 'Awaiting Sync' as const, lastAttemptDate: addDays(D, -10) };
    expect(isPaymentInFlight(attempt, D, 10)).toBe(true);
    expect(isPaymentInFlight(attempt, D, 9)).toBe(false);
  });

  it('does not change the invoice', () => {
    const invoice = makeInvoice({ lastAttemptStatus: 'Submitted', lastAttemptDate: D });
    const before = structuredClone(invoice);
    isPaymentInFlight(Object.freeze(invoice), D, TIMEOUT);
    isAttemptTimedOut(invoice, D, TIMEOUT);
    expect(invoice).toEqual(before);
  });
});

describe('isAttemptTimedOut', () => {
  it('is false for a failed or settled attempt, however old', () => {
    const old = addDays(D, -100);
    expect(isAttemptTimedOut({ lastAttemptStatus: 'Failed', lastAttemptDate: old }, D, TIMEOUT)).toBe(false);
    expect(isAttemptTimedOut({ lastAttemptStatus: 'Settled', lastAttemptDate: old }, D, TIMEOUT)).toBe(false);
  });
});
