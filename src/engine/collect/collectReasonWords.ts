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
} satisfies ReasonWords<'RETRY_LIMIT_REACHED' | 'UPDATE_PAYMENT_METHOD' | 'OLDER_UNPAID_INVOICE' | 'ATTEMPT_TIMED_OUT'>;

function attemptsOf(attempts: string | null, maxRetries: string | null): string | null {
  if (attempts == null) return null;
  return maxRetries == null ? `(${attempts} attempts)` : `(${attempts} of ${maxRetries} attempts)`;
}
