import { attemptAccount } from '../bank/maskAccount';
import { addDays } from '../dates/localDate';
import { d } from '../testing/recordBuilders';
import { D, NACHA_DETAILS, outcomeOf, planBank } from './bank/testing/bankFixtures';

const READY = { status: 'ready', reason: null };
const nacha = (options: Parameters<typeof planBank>[1] = {}) => outcomeOf(planBank('nacha', options));
const returned = (reason: string) =>
  ({
    attempts: 1,
    lastAttemptStatus: 'Failed',
    lastAttemptDate: d('2026-10-01'),
    lastAttemptReason: reason,
    lastAttemptAccount: attemptAccount('nacha', NACHA_DETAILS),
  }) as const;

describe('planCollections', () => {
  it('is ready when the member has a routing and an account number on a NACHA run', () => {
    expect(nacha()).toEqual(READY);
  });

  it('gives no advance-notice warning when collecting in two days', () => {
    expect(nacha({ invoice: { dueDate: D } })).toEqual(READY);
  });

  it.each([
    ['Routing Number', { routingNumber: null }, 'Routing Number'],
    ['Account Number', { accountNumber: null }, 'Account Number'],
    ['both', { routingNumber: null, accountNumber: null }, 'Routing Number, Account Number'],
  ])('is an error naming %s when the member lacks it', (_label, member, missing) => {
    expect(nacha({ member })).toEqual({ status: 'error', reason: { code: 'MISSING_BANK_DETAILS', detail: { format: 'NACHA', missing } } });
  });

  it('does not ask for SEPA details on a NACHA run', () => {
    expect(nacha({ member: { iban: null, mandateId: null, mandateDate: null } })).toEqual(READY);
  });

  it('is an error when the invoice’s product is in EUR', () => {
    expect(nacha({ product: { currency: 'EUR' } })).toEqual({
      status: 'error',
      reason: { code: 'PAYMENT_FILE_CURRENCY', detail: { format: 'NACHA', currency: 'EUR', required: 'USD' } },
    });
  });

  it.each([
    ['ACH ODFI missing', { achOdfi: null }],
    ['ACH ODFI of 7 digits', { achOdfi: '0110000' }],
    ['ACH Immediate Destination missing', { achImmediateDestination: null }],
  ])('is an error with %s', (_label, settings) => {
    expect(nacha({ settings })).toEqual({ status: 'error', reason: { code: 'PAYMENT_FILE_SETUP', detail: { format: 'NACHA' } } });
  });

  it('ignores an Invoice Prefix outside the SEPA character set', () => {
    expect(nacha({ settings: { invoicePrefix: 'RE€-' }, invoice: { invoiceId: 'RE€-000001' } })).toEqual(READY);
  });

  it('waits for new details after R03 from the same routing and account number', () => {
    expect(nacha({ invoice: returned('R03 No Account/Unable to Locate Account') })).toEqual({
      status: 'skipped',
      reason: { code: 'UPDATE_PAYMENT_DETAILS', detail: { reason: 'R03 No Account/Unable to Locate Account' } },
    });
  });

  it.each([
    ['a new account number', { accountNumber: '987654321' }],
    ['a new routing number', { routingNumber: '021000021' }],
  ])('collects again after R03 when the member has %s', (_label, member) => {
    expect(nacha({ invoice: returned('R03 No Account/Unable to Locate Account'), member })).toEqual(READY);
  });

  it('collects again after R01 from the same account', () => {
    expect(nacha({ invoice: returned('R01 Insufficient Funds') })).toEqual(READY);
  });
});

describe('planCollections with a Collection Date', () => {
  const TIMEOUT = 5; // the default Reconcile Timeout Days
  const attempt = (collectionOffset: number | null) => ({
    attempts: 1,
    lastAttemptStatus: 'Submitted' as const,
    lastAttemptDate: addDays(D, -40),
    collectionDate: collectionOffset === null ? null : addDays(D, collectionOffset),
  });

  it.each([
    ['D − timeout', -TIMEOUT, 'skipped', 'PAYMENT_IN_PROGRESS'],
    ['D − timeout − 1', -TIMEOUT - 1, 'warning', 'ATTEMPT_TIMED_OUT'],
    ['after D', 3, 'skipped', 'PAYMENT_IN_PROGRESS'],
    ['blank (the Last Attempt Date counts)', null, 'warning', 'ATTEMPT_TIMED_OUT'],
  ])('counts the timeout from the Collection Date when it is %s', (_label, offset, status, code) => {
    const outcome = nacha({ invoice: attempt(offset) });
    expect([outcome.status, outcome.reason?.code]).toEqual([status, code]);
  });
});
