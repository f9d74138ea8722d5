import type { NachaDebit } from './nachaFile';
import { alphaField, numericField } from './nachaFields';
import { toNachaText } from '../../../engine/bank/nachaText';

/** Transaction codes of a PPD debit (NACHA Appendix 3): 27 from a checking, 37 from a savings account. */
const TRANSACTION_CODE: Readonly<Record<NachaDebit['accountType'], string>> = { Checking: '27', Savings: '37' };

/**
 * A debit's amount in whole cents. Rounded, not truncated: `0.1 + 0.2` is 0.30000000000000004
 * dollars and must be 30 cents, and `19.99 * 100` is 1998.9999999999998.
 *
 * @example
 * amountInCents(0.1 + 0.2) // → 30
 * amountInCents(0)         // throws: a debit is for more than nothing
 */
export function amountInCents(amount: number): number {
  const cents = Math.round(amount * 100);
  if (!Number.isFinite(amount) || cents <= 0) throw new Error(`NACHA debit: amount ${amount} is not a positive number of cents.`);
  return cents;
}

/**
 * The 8-digit RDFI identification of a routing number (the ninth digit is its check digit):
 * what the entry hash adds up.
 *
 * @example
 * rdfiIdentification('231380104') // → '23138010'
 */
export function rdfiIdentification(routingNumber: string): string {
  if (!/^\d{9}$/.test(routingNumber)) throw new Error(`NACHA debit: routing number '${routingNumber}' is not 9 digits.`);
  return routingNumber.slice(0, 8);
}

/**
 * The entry detail record (type 6) of one PPD debit, 94 characters, without addenda:
 *
 * | cols  | field                                     |
 * |-------|-------------------------------------------|
 * | 1     | `6`                                       |
 * | 2–3   | transaction code: 27 checking, 37 savings |
 * | 4–11  | RDFI identification (routing, 8 digits)   |
 * | 12    | check digit (routing, 9th digit)          |
 * | 13–29 | DFI account number, left-justified        |
 * | 30–39 | amount in cents, zero-filled              |
 * | 40–54 | individual identification (Invoice ID)    |
 * | 55–76 | individual name, upper-case ASCII, cut    |
 * | 77–78 | discretionary data, blank                 |
 * | 79    | addenda record indicator `0`              |
 * | 80–94 | trace number                              |
 *
 * @example
 * entryDetailRecord({ routingNumber: '231380104', accountNumber: '123456789', accountType: 'Checking', amount: 25,
 *   individualId: 'INV-0001', name: 'Zoë Ñúñez', traceNumber: '121042880000001', effectiveDate })
 * // → '627231380104123456789        0000002500INV-0001       ZOE NUNEZ               0121042880000001'
 */
export function entryDetailRecord(debit: NachaDebit): string {
  if (!/^[A-Za-z0-9]{1,17}$/.test(debit.accountNumber)) throw new Error(`NACHA debit: account number '${debit.accountNumber}' is not 1–17 letters or digits.`);
  if (!/^\d{15}$/.test(debit.traceNumber)) throw new Error(`NACHA debit: trace number '${debit.traceNumber}' is not 15 digits.`);
  return [
    '6',
    TRANSACTION_CODE[debit.accountType] ?? unknownAccountType(debit.accountType),
    rdfiIdentification(debit.routingNumber),
    debit.routingNumber.slice(8),
    alphaField(debit.accountNumber, 17),
    numericField(amountInCents(debit.amount), 10),
    alphaField(debit.individualId, 15),
    alphaField(toNachaText(debit.name, 22), 22),
    alphaField('', 2),
    '0',
    debit.traceNumber,
  ].join('');
}

function unknownAccountType(accountType: string): never {
  throw new Error(`NACHA debit: account type '${accountType}' is neither Checking nor Savings.`);
}
