import { addDays } from '../dates/localDate';
import { d, makeInvoice } from '../testing/recordBuilders';
import { isAttemptTimedOut, isPaymentInFlight } from './isPaymentInFlight';

const D = d('2026-03-10');
const TIMEOUT = 5;
const LONG_AGO = addDays(D, -60);

describe('isPaymentInFlight', () => {
  // SPEC §10: for an attempt with a Collection Date the timeout counts from that date.
  it.each([
    ['Collection Date D − timeout − 1', LONG_AGO, -TIMEOUT - 1, false, true],
    ['Collection Date D − timeout', LONG_AGO, -TIMEOUT, true, false],
    ['Collection Date D + 3 (not yet due)', LONG_AGO, 3, true, false],
    ['Collection Date D − timeout, attempted today', D, -TIMEOUT, true, false],
    ['no Collection Date, Last Attempt Date D − timeout − 1', addDays(D, -TIMEOUT - 1), null, false, true],
    ['no Collection Date, Last Attempt Date D − timeout', addDays(D, -TIMEOUT), null, true, false],
  ])('when %s', (_label, lastAttemptDate, collectionOffset, inFlight, timedOut) => {
    const attempt = {
      lastAttemptStatus: 'Submitted' as const,
      lastAttemptDate,
      collectionDate: collectionOffset === null ? null : addDays(D, collectionOffset),
    };
    expect(isPaymentInFlight(attempt, D, TIMEOUT)).toBe(inFlight);
    expect(isAttemptTimedOut(attempt, D, TIMEOUT)).toBe(timedOut);
  });

  it('reads the Collection Date of a whole invoice', () => {
    const invoice = makeInvoice({ lastAttemptStatus: 'In Progress', lastAttemptDate: LONG_AGO, collectionDate: addDays(D, -2) });
    expect(isPaymentInFlight(invoice, D, TIMEOUT)).toBe(true);
  });
});
