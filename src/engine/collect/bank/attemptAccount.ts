import { maskAccount } from '../../bank/maskAccount';
import type { Member } from '../../model/records';
import type { PaymentFileFormat } from '../../model/run';

/**
 * The account a bank collection debits, as Last Attempt Account records it (SPEC §10): the
 * account masked to its first 4 and last 4 characters, and for SEPA the Mandate ID after a `/`.
 * `null` when the member lacks the account of that format. Comparing it with the invoice's
 * Last Attempt Account tells whether the member's details changed since a hard return.
 *
 * @example
 * attemptAccount('sepa', { iban: 'DE89370400440532013000', mandateId: 'MD-7', accountNumber: null }) // → 'DE89**************3000/MD-7'
 * attemptAccount('nacha', { iban: null, mandateId: null, accountNumber: '123456789' })               // → '1234*6789'
 */
export function attemptAccount(format: PaymentFileFormat, member: Pick<Member, 'iban' | 'mandateId' | 'accountNumber'>): string | null {
  if (format === 'sepa') return member.iban === null ? null : `${maskAccount(member.iban)}/${member.mandateId ?? ''}`;
  return member.accountNumber === null ? null : maskAccount(member.accountNumber);
}
