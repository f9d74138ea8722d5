import { attemptAccount } from '../bank/maskAccount';
import { addDays } from '../dates/localDate';
import { NO_PROPOSALS, createRunContext } from '../plan/runContext';
import { d, makeInvoice, makeMember, makeProduct, makeRecords } from '../testing/recordBuilders';
import { BANK_SETTINGS, D, SEPA_DETAILS, bankRun, outcomeOf, planBank } from './bank/testing/bankFixtures';
import { describeReason } from '../reasons/describeReason';
import { planCollections } from './planCollections';

const READY = { status: 'ready', reason: null };
const sepa = (options: Parameters<typeof planBank>[1] = {}) => outcomeOf(planBank('sepa', options));
const HARD_RETURN = { attempts: 1, lastAttemptStatus: 'Failed', lastAttemptDate: d('2026-10-01'), lastAttemptReason: 'AC04 Closed account number' } as const;
const returnedFrom = (account: string) => ({ ...HARD_RETURN, lastAttemptAccount: account });
const ACCOUNT_DEBITED = attemptAccount('sepa', SEPA_DETAILS);

describe('planCollections', () => {
  it('is ready when the member has IBAN, Mandate ID and Mandate Date on a SEPA run', () => {
    expect(sepa()).toEqual(READY);
  });

  it.each([
    ['IBAN', { iban: null }, 'IBAN'],
    ['Mandate ID', { mandateId: null }, 'Mandate ID'],
    ['Mandate Date', { mandateDate: null }, 'Mandate Date'],
    ['all three', { iban: null, mandateId: null, mandateDate: null }, 'IBAN, Mandate ID, Mandate Date'],
    ['a Mandate Date on or before D (it is D + 1)', { mandateDate: addDays(D, 1) }, 'a Mandate Date on or before the as-of date'],
  ])('is an error naming %s when the member lacks it', (_label, member, missing) => {
    expect(sepa({ member })).toEqual({ status: 'error', reason: { code: 'MISSING_BANK_DETAILS', detail: { format: 'SEPA', missing } } });
  });

  it('accepts a mandate signed on D', () => {
    expect(sepa({ member: { mandateDate: D } })).toEqual(READY);
  });

  it('is an error when the invoice’s product is in USD', () => {
    expect(sepa({ product: { currency: 'USD' } })).toEqual({
      status: 'error',
      reason: { code: 'PAYMENT_FILE_CURRENCY', detail: { format: 'SEPA', currency: 'USD', required: 'EUR' } },
    });
  });

  it('makes every collect item an error when the creditor settings are missing', () => {
    const records = makeRecords({
      members: ['A', 'B'].map((id) => makeMember({ memberId: id, membershipId: id, autoPay: true, ...SEPA_DETAILS })),
      invoices: ['A', 'B'].map((id) => makeInvoice({ invoiceId: `INV-${id}`, membershipId: id, dueDate: addDays(D, 20) })),
      products: [makeProduct({ currency: 'EUR' })],
      settings: { ...BANK_SETTINGS, creditorIban: null },
    });
    const items = planCollections(createRunContext(records, bankRun('sepa'), D), NO_PROPOSALS);
    expect(items.map((i) => [i.key, i.status, i.reason])).toEqual([
      ['collect:INV-A', 'error', { code: 'PAYMENT_FILE_SETUP', detail: { format: 'SEPA' } }],
      ['collect:INV-B', 'error', { code: 'PAYMENT_FILE_SETUP', detail: { format: 'SEPA' } }],
    ]);
  });

  it('is an error when the Invoice Prefix holds a character SEPA references cannot', () => {
    expect(sepa({ settings: { invoicePrefix: 'RE€-' } })).toEqual({ status: 'error', reason: { code: 'PAYMENT_FILE_SETUP', detail: { format: 'SEPA' } } });
  });

  it('is an error when an older invoice’s ID would make an EndToEndId outside the SEPA rules', () => {
    expect(sepa({ invoice: { invoiceId: 'RE€-000001' } })).toEqual({
      status: 'error',
      reason: { code: 'SEPA_REFERENCE_INVALID', detail: { reference: 'RE€-000001-1' } },
    });
  });

  it('is an error when the member’s name has no letter of the SEPA Latin set, and ready when part of it has', () => {
    expect(sepa({ member: { name: 'Пётр Петров' } })).toEqual({ status: 'error', reason: { code: 'NAME_NOT_SEPA', detail: { name: 'Пётр Петров' } } });
    expect(sepa({ member: { name: 'Ivan Петров' } }).status).toBe('ready');
  });

  // C = max(Due Date, D + Collection Lead Days); warning when C < D + Pre-Notification Days (14).
  it.each([
    ['the Due Date', 13, 2, 'warning'],
    ['the Due Date', 14, 2, 'ready'],
    ['the Due Date', 15, 2, 'ready'],
    ['the lead days', -1, 13, 'warning'],
    ['the lead days', -1, 14, 'ready'],
    ['the lead days', 0, 15, 'ready'],
  ])('when C is set by %s (due D + %i, lead %i days) is %s', (_by, dueOffset, lead, status) => {
    const outcome = sepa({ invoice: { dueDate: addDays(D, dueOffset) }, settings: { collectionLeadDays: lead } });
    expect(outcome).toEqual(status === 'ready' ? READY : { status: 'warning', reason: { code: 'SHORT_PRE_NOTIFICATION', detail: { days: 13, required: 14 } } });
  });

  it('says how soon the member is debited when the notice is short', () => {
    const { reason } = sepa({ invoice: { dueDate: D } });
    expect(describeReason(reason!)).toBe('debited in 2 days: less than the 14-day advance notice');
  });

  it('keeps the timed-out warning over the advance-notice one when the last attempt timed out', () => {
    const invoice = { dueDate: D, attempts: 1, lastAttemptStatus: 'Submitted', lastAttemptDate: addDays(D, -30) } as const;
    expect(sepa({ invoice })).toEqual({ status: 'warning', reason: { code: 'ATTEMPT_TIMED_OUT' } });
  });

  it('still refuses a timed-out attempt whose member lacks bank details', () => {
    const invoice = { attempts: 1, lastAttemptStatus: 'Submitted', lastAttemptDate: addDays(D, -30) } as const;
    expect(sepa({ invoice, member: { iban: null } }).status).toBe('error');
  });

  it.each([
    ['in progress', { attempts: 1, lastAttemptStatus: 'Submitted', lastAttemptDate: addDays(D, -1) }, 'PAYMENT_IN_PROGRESS'],
    ['at the retry limit', { attempts: 3, lastAttemptStatus: 'Failed', lastAttemptDate: addDays(D, -1) }, 'RETRY_LIMIT_REACHED'],
  ] as const)('stays skipped when %s, even without bank details or settings', (_label, invoice, code) => {
    const outcome = sepa({ invoice, member: { iban: null }, settings: { creditorName: null } });
    expect([outcome.status, outcome.reason?.code]).toEqual(['skipped', code]);
  });

  it('waits for new details after a hard return from the account and mandate it debited', () => {
    expect(sepa({ invoice: returnedFrom(ACCOUNT_DEBITED) })).toEqual({
      status: 'skipped',
      reason: { code: 'UPDATE_PAYMENT_DETAILS', detail: { reason: 'AC04 Closed account number' } },
    });
  });

  it.each([
    ['a new IBAN', { iban: 'FR1420041010050500013M02606' }],
    ['a new Mandate ID', { mandateId: 'MD-2' }],
  ])('collects again after a hard return when the member has %s', (_label, member) => {
    expect(sepa({ invoice: returnedFrom(ACCOUNT_DEBITED), member })).toEqual(READY);
  });

  it('collects again after a soft return from the same account', () => {
    expect(sepa({ invoice: { ...returnedFrom(ACCOUNT_DEBITED), lastAttemptReason: 'AM04 Insufficient funds' } })).toEqual(READY);
  });
});
