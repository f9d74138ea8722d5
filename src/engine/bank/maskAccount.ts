/** How many characters stay visible at each end of a masked account. */
const VISIBLE = 4;

/**
 * The account with all but its first 4 and last 4 characters written as `*`, one star per
 * hidden character (so the length still shows): enough for staff to recognise the account
 * and for a later run to notice it changed, without the workbook holding the full number.
 * White space is removed first, so `DE89 3704 …` and `DE893704…` mask alike.
 *
 * An account of 8 characters or fewer would show whole that way, so it keeps only its last
 * 4 (`12345678` → `****5678`); one of 4 or fewer is shown as it is, being no more than the
 * last 4 that every masked account shows.
 *
 * @example
 * maskAccount('DE89370400440532013000') // → 'DE89**************3000'
 * maskAccount('123456789')              // → '1234*6789'
 * maskAccount('12345678')               // → '****5678'
 */
export function maskAccount(account: string): string {
  const text = account.replace(/\s+/g, '');
  if (text.length <= VISIBLE) return text;
  const hidden = (n: number): string => '*'.repeat(n);
  if (text.length <= 2 * VISIBLE) return hidden(text.length - VISIBLE) + text.slice(-VISIBLE);
  return text.slice(0, VISIBLE) + hidden(text.length - 2 * VISIBLE) + text.slice(-VISIBLE);
}

/** A member's bank details, as read from the Members sheet (absent or blank when not given). */
export interface AttemptAccountDetails {
  iban?: string | null;
  mandateId?: string | null;
  routingNumber?: string | null;
  accountNumber?: string | null;
}

/**
 * The Last Attempt Account recorded when a debit is posted (SPEC §10): what the bank was asked
 * to debit, masked, so a hard return can wait until the member's details differ from it.
 *
 * - SEPA: the masked IBAN, `/`, the Mandate ID — a new mandate on the same account counts as
 *   new details. The masked IBAN holds no `/`, so the first `/` always separates the two even
 *   when the Mandate ID has one.
 * - NACHA: the routing number, `/`, the masked account number. The routing number names the
 *   bank and is printed on every cheque, so it is not masked; it is there so that moving to
 *   another bank counts as a change even when the two account numbers mask alike.
 *
 * @example
 * attemptAccount('sepa', { iban: 'DE89370400440532013000', mandateId: 'M-17' })
 * // → 'DE89**************3000/M-17'
 * attemptAccount('nacha', { routingNumber: '011000015', accountNumber: '123456789' })
 * // → '011000015/1234*6789'
 */
export function attemptAccount(format: 'sepa' | 'nacha', details: AttemptAccountDetails): string {
  if (format === 'sepa') return `${maskAccount(details.iban ?? '')}/${(details.mandateId ?? '').trim()}`;
  return `${(details.routingNumber ?? '').trim()}/${maskAccount(details.accountNumber ?? '')}`;
}
