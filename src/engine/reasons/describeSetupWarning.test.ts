import type { SetupWarning, SetupWarningCode } from '../model/setupWarning';
import { describeSetupWarning } from './describeSetupWarning';

/** One example of every code; a Record, so the type checker fails when a code is missing here. */
const examples: Record<SetupWarningCode, SetupWarning> = {
  LEAD_DAYS_TOO_EARLY: { code: 'LEAD_DAYS_TOO_EARLY', runId: 'R', detail: { leadDays: 200 } },
  DROP_TOO_QUICK: { code: 'DROP_TOO_QUICK', runId: 'R', detail: { dropAfterDays: 14 } },
  DROP_BEFORE_SECOND_NOTICE: {
    code: 'DROP_BEFORE_SECOND_NOTICE',
    runId: 'R',
    detail: { dropAfterDays: 40, noticeIntervalDays: 45 },
  },
  DROP_WITHOUT_NOTIFY: { code: 'DROP_WITHOUT_NOTIFY', runId: 'R' },
  EFFECTIVE_DATE_PAST: {
    code: 'EFFECTIVE_DATE_PAST',
    runId: 'R',
    detail: { effectiveDate: '2026-01-01', asOf: '2026-03-31', daysBefore: 89 },
  },
  NO_RENEWAL_WINDOW: { code: 'NO_RENEWAL_WINDOW', runId: 'R' },
  NO_EFFECTIVE_DATE: { code: 'NO_EFFECTIVE_DATE', runId: 'R' },
  NO_DROP_AFTER_DAYS: { code: 'NO_DROP_AFTER_DAYS', runId: 'R' },
  BILL_ACTIVATIONS_WITHOUT_ACTIVATE: { code: 'BILL_ACTIVATIONS_WITHOUT_ACTIVATE', runId: 'R' },
  ALIGN_TO_WITHOUT_ACTIVATE: { code: 'ALIGN_TO_WITHOUT_ACTIVATE', runId: 'R', detail: { alignTo: '01-01' } },
  DUPLICATE_RUN_ID: { code: 'DUPLICATE_RUN_ID', runId: 'NIGHTLY', detail: { count: 2, rows: '3, 7' } },
  PAYMENT_FILE_SETTINGS: {
    code: 'PAYMENT_FILE_SETTINGS',
    runId: 'R',
    detail: { format: 'SEPA', problems: 'Creditor IBAN is missing; Creditor ID fails its check digits' },
  },
  INVOICE_PREFIX_NOT_SEPA: { code: 'INVOICE_PREFIX_NOT_SEPA', runId: 'R', detail: { prefix: 'Rechnung€' } },
  PAYMENT_FILE_WITHOUT_COLLECT: { code: 'PAYMENT_FILE_WITHOUT_COLLECT', runId: 'R', detail: { format: 'NACHA' } },
};

describe('describeSetupWarning', () => {
  it.each([
    ['LEAD_DAYS_TOO_EARLY', 'Lead Days is 200: invoices would post more than 180 days before the renewal date.'],
    ['DROP_TOO_QUICK', 'Drop After Days is 14: members would be dropped less than 30 days after their renewal date.'],
    ['DROP_BEFORE_SECOND_NOTICE', 'Drop After Days (40) is less than Notice Interval Days (45): members would be dropped before a second notice is sent.'],
    ['EFFECTIVE_DATE_PAST', 'Effective Date 2026-01-01 is 89 days before the as-of date 2026-03-31 (more than 30): check it is the right renewal year.'],
    [
      'PAYMENT_FILE_SETTINGS',
      'The run writes a SEPA payment file but its Settings are not ready: Creditor IBAN is missing; Creditor ID fails its check digits. Its collections are errors until they are.',
    ],
    ['DUPLICATE_RUN_ID', 'Run ID NIGHTLY is used by 2 runs (rows 3, 7; IDs are compared ignoring letter case): give each run its own ID.'],
  ] as const)('puts the values of %s into words', (code, words) => {
    expect(describeSetupWarning(examples[code])).toBe(words);
  });

  it.each(Object.values(examples))('describes $code in a sentence with no missing value', (warning) => {
    const words = describeSetupWarning(warning);
    expect(words).toMatch(/^[A-Z].*\.$/);
    expect(words).not.toMatch(/\?|undefined|null|NaN/);
  });

  it('gives every code different words', () => {
    const all = Object.values(examples).map(describeSetupWarning);
    expect(new Set(all).size).toBe(all.length);
  });

  it('shows a missing detail as ? rather than failing', () => {
    expect(describeSetupWarning({ code: 'LEAD_DAYS_TOO_EARLY', runId: 'R' })).toContain('Lead Days is ?');
  });

  it('throws on a code it does not know (a bug: codes come from the engine)', () => {
    const bogus = { code: 'NOT_A_CODE', runId: 'R' } as unknown as SetupWarning;
    expect(() => describeSetupWarning(bogus)).toThrow('NOT_A_CODE');
  });
});
