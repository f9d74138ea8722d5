import type { LocalDate } from '../../dates/localDate';
import type { Member } from '../../model/records';
import type { PaymentFileFormat } from '../../model/run';

/**
 * The Members columns a collection of this format needs and the member lacks (SPEC §10: "SEPA:
 * IBAN, Mandate ID, Mandate Date ≤ D; NACHA: Routing Number, Account Number"), by header. A
 * Mandate Date after D counts as missing: the mandate was not signed yet on the as-of date.
 *
 * @example
 * missingBankDetails('sepa', { ...member, iban: null, mandateId: 'MD-1', mandateDate: d('2027-01-01') }, d('2026-11-30'))
 * // → ['IBAN', 'Mandate Date on or before 2026-11-30']
 */
export function missingBankDetails(
  format: PaymentFileFormat,
  member: Pick<Member, 'iban' | 'mandateId' | 'mandateDate' | 'routingNumber' | 'accountNumber'>,
  asOf: LocalDate,
): string[] {
  const missing: string[] = [];
  if (format === 'sepa') {
    if (member.iban === null) missing.push('IBAN');
    if (member.mandateId === null) missing.push('Mandate ID');
    if (member.mandateDate === null) missing.push('Mandate Date');
    else if (member.mandateDate > asOf) missing.push('a Mandate Date on or before the as-of date');
  } else {
    if (member.routingNumber === null) missing.push('Routing Number');
    if (member.accountNumber === null) missing.push('Account Number');
  }
  return missing;
}
