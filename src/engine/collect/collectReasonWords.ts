import type { ReasonWords } from '../model/reason';
import { detailText, inParens, withValue } from '../reasons/reasonWordParts';

/**
 * Words of the reason codes only collect gives (SPEC §3.6). The timed-out attempt repeats the
 * Last Attempt Status staff see in the workbook, capital letter included.
 *
 * @example
 * COLLECT_REASON_WORDS.RETRY_LIMIT_REACHED({ attempts: 3, maxRetries: 3 }) // → 'retry limit reached (3 of 3 attempts)'
 */
export const COLLECT_REASON_WORDS = {
  RETRY_LIMIT_REACHED: (d) => withValue('retry limit reached', attemptsOf(detailText(d.attempts), detailText(d.maxRetries)), ' '),
  UPDATE_PAYMENT_METHOD: () => 'pending: update payment method',
  OLDER_UNPAID_INVOICE: (d) => withValue('older unpaid invoice', inParens('collecting', detailText(d.invoiceId)), ' '),
  ATTEMPT_TIMED_OUT: () => 'Failed to reconcile – timed out',
  UPDATE_PAYMENT_DETAILS: (d) => withValue('pending: update payment details', inParens('last return', detailText(d.reason)), ' '),
  PAYMENT_FILE_SETUP: (d) => `${detailText(d.format) ?? 'payment'} file settings are missing or wrong (see the setup warnings)`,
  MISSING_BANK_DETAILS: (d) => withValue(`no ${detailText(d.format) ?? 'bank'} details`, detailText(d.missing), ': missing '),
  PAYMENT_FILE_CURRENCY: (d) =>
    `invoice in ${detailText(d.currency) ?? 'another currency'}: ${detailText(d.format) ?? 'the payment file'} collects ${detailText(d.required) ?? 'one currency'} only`,
  SEPA_REFERENCE_INVALID: (d) => withValue('not a SEPA reference', detailText(d.reference), ' ') + ' (check the Invoice Prefix)',
  NAME_NOT_SEPA: (d) => withValue('name has no letters a SEPA file can carry', inParens('', detailText(d.name)), ' ') + ': add a Latin spelling',
  SHORT_PRE_NOTIFICATION: (d) => `debited in ${detailText(d.days) ?? 'fewer'} days: less than the ${detailText(d.required) ?? '14'}-day advance notice`,
} satisfies ReasonWords<
  | 'RETRY_LIMIT_REACHED'
  | 'UPDATE_PAYMENT_METHOD'
  | 'OLDER_UNPAID_INVOICE'
  | 'ATTEMPT_TIMED_OUT'
  | 'UPDATE_PAYMENT_DETAILS'
  | 'PAYMENT_FILE_SETUP'
  | 'MISSING_BANK_DETAILS'
  | 'PAYMENT_FILE_CURRENCY'
  | 'SEPA_REFERENCE_INVALID'
  | 'NAME_NOT_SEPA'
  | 'SHORT_PRE_NOTIFICATION'
>;

function attemptsOf(attempts: string | null, maxRetries: string | null): string | null {
  if (attempts == null) return null;
  return maxRetries == null ? `(${attempts} attempts)` : `(${attempts} of ${maxRetries} attempts)`;
}
