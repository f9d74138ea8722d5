import type { Reason, ReasonCode } from '../model/reason';
import { ATTEMPT_STATUSES } from '../model/records';
import { describeReason } from './describeReason';

/**
 * Words for every code, with and without details. A Record keyed by ReasonCode, so a new code
 * fails to compile until it is tested here.
 */
const WORDS: Record<ReasonCode, Array<[Reason['detail'] | undefined, string]>> = {
  PRODUCT_NOT_FOUND: [
    [{ product: 'Platinum' }, 'product not in the Products sheet: Platinum'],
    [undefined, 'product not in the Products sheet'],
  ],
  SEASON_NOT_FOUND: [
    [{ date: '2026-07-01' }, 'no season contains the date 2026-07-01'],
    [undefined, 'no season contains the date'],
  ],
  NOT_IN_MAPPING: [
    [{ product: 'Gold', fromSeason: 'Summer 2025', toSeason: 'Summer 2026' }, 'not in mapping table: Gold from Summer 2025 to Summer 2026'],
    [{ product: 'Gold', toSeason: 'Summer 2026' }, 'not in mapping table: Gold to Summer 2026'],
    [undefined, 'not in mapping table'],
  ],
  AMBIGUOUS_MAPPING: [
    [
      { product: 'Gold', fromSeason: 'Summer 2025', toSeason: 'Summer 2026' },
      'ambiguous mapping: more than one Mapping row for Gold from Summer 2025 to Summer 2026',
    ],
    [{ product: 'Gold', fromSeason: '2025', toSeason: '2026', count: 2 }, 'ambiguous mapping: 2 Mapping rows for Gold from 2025 to 2026'],
    [undefined, 'ambiguous mapping: more than one Mapping row'],
  ],
  NO_EMAIL: [[undefined, 'no email address']],
  MEMBERSHIP_NOT_FOUND: [
    [{ membershipId: 'M-1001' }, 'no Members row for membership M-1001'],
    [undefined, 'no Members row for membership'],
  ],
  PAYMENT_IN_PROGRESS: [
    [{ invoiceId: 'INV-000012' }, 'payment in progress (invoice INV-000012)'],
    [undefined, 'payment in progress'],
  ],
  OPEN_BALANCE_CURRENCIES: [
    [{ currencies: 'USD, EUR' }, 'the open invoices it would cancel are in USD, EUR: give them one currency first'],
    [undefined, 'the open invoices it would cancel are in several currencies: give them one currency first'],
  ],
  ALREADY_ACTIVE: [
    [{ product: 'Gold' }, 'already has an active membership (product Gold)'],
    [undefined, 'already has an active membership'],
  ],
  RETRY_LIMIT_REACHED: [
    [undefined, 'retry limit reached'],
    [{ attempts: 3, maxRetries: 3 }, 'retry limit reached (3 of 3 attempts)'],
    [{ attempts: 4 }, 'retry limit reached (4 attempts)'],
  ],
  UPDATE_PAYMENT_METHOD: [[undefined, 'pending: update payment method']],
  OLDER_UNPAID_INVOICE: [
    [undefined, 'older unpaid invoice'],
    [{ invoiceId: 'INV-000020' }, 'older unpaid invoice (collecting INV-000020)'],
  ],
  ATTEMPT_TIMED_OUT: [[undefined, 'Failed to reconcile – timed out']],
  UPDATE_PAYMENT_DETAILS: [
    [undefined, 'pending: update payment details'],
    [{ reason: 'AC04 Closed account number' }, 'pending: update payment details (last return AC04 Closed account number)'],
  ],
  PAYMENT_FILE_SETUP: [[{ format: 'SEPA' }, 'SEPA file settings are missing or wrong (see the setup warnings)']],
  MISSING_BANK_DETAILS: [
    [undefined, 'no bank details'],
    [{ format: 'SEPA', missing: 'IBAN, Mandate ID' }, 'no SEPA details: missing IBAN, Mandate ID'],
  ],
  PAYMENT_FILE_CURRENCY: [[{ format: 'SEPA', currency: 'USD', required: 'EUR' }, 'invoice in USD: SEPA collects EUR only']],
  SEPA_REFERENCE_INVALID: [[{ reference: 'RE€-000001-1' }, 'not a SEPA reference RE€-000001-1 (check the Invoice Prefix)']],
  NAME_NOT_SEPA: [[{ name: 'Пётр Петров' }, 'name has no letters a SEPA file can carry (Пётр Петров): add a Latin spelling']],
  SHORT_PRE_NOTIFICATION: [[{ days: 2, required: 14 }, 'debited in 2 days: less than the 14-day advance notice']],
  EXCLUDED_BY_STAFF: [[undefined, 'excluded by staff']],
  TEMPLATE_UNKNOWN_FIELD: [
    [{ source: 'template Reminder', field: 'Adress' }, 'template Reminder uses {{Adress}}, which is no field or column'],
    [{ source: 'setting Payment Instructions', field: 'IBAN' }, 'setting Payment Instructions uses {{IBAN}}, which is no field or column'],
    [undefined, 'a template uses a merge field, which is no field or column'],
  ],
  MISSING_GLYPH: [
    [{ characters: '李 小' }, 'the invoice and letter font cannot print 李 小'],
    [undefined, 'the invoice and letter font cannot print some characters'],
  ],
};

const CASES = (Object.keys(WORDS) as ReasonCode[]).flatMap((code) => WORDS[code].map(([detail, words]) => [code, detail ?? null, words] as const));

describe('describeReason', () => {
  it.each(CASES)('describes %s with detail %j as %j', (code, detail, words) => {
    const reason = (detail == null ? { code } : { code, detail }) as Reason;
    expect(describeReason(reason)).toBe(words);
  });

  it('ignores blank detail values instead of printing them', () => {
    expect(describeReason({ code: 'PAYMENT_IN_PROGRESS', detail: { invoiceId: '' } })).toBe('payment in progress');
  });

  it('never prints "undefined" or "null" for an empty detail', () => {
    for (const code of Object.keys(WORDS) as ReasonCode[]) {
      expect(describeReason({ code, detail: {} })).not.toMatch(/undefined|null/);
    }
  });

  it('words the timed-out attempt exactly as the Last Attempt Status staff see', () => {
    expect(ATTEMPT_STATUSES).toContain(describeReason({ code: 'ATTEMPT_TIMED_OUT' }));
  });

  it('does not change the reason', () => {
    const reason: Reason = Object.freeze({ code: 'PAYMENT_IN_PROGRESS', detail: Object.freeze({ invoiceId: 'INV-1' }) });
    describeReason(reason);
    expect(reason).toEqual({ code: 'PAYMENT_IN_PROGRESS', detail: { invoiceId: 'INV-1' } });
  });

  it('throws on a code it has no words for (a programming error)', () => {
    expect(() => describeReason({ code: 'NO_SUCH_CODE' as ReasonCode })).toThrow('NO_SUCH_CODE');
  });
});
