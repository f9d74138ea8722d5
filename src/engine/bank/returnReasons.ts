import { ISO_RETURN_REASONS } from './isoReturnReasons';
import { NACHA_RETURN_REASONS } from './nachaReturnReasons';
import type { ReturnReason } from './returnReason';

export type { ReturnReason, ReturnScheme } from './returnReason';

/** Every return reason the product knows, ISO 20022 first, then NACHA: the rules as data. */
export const RETURN_REASONS: readonly ReturnReason[] = [...ISO_RETURN_REASONS, ...NACHA_RETURN_REASONS];

const BY_CODE = new Map(RETURN_REASONS.map((reason) => [reason.code, reason]));

/**
 * A code at the start of a stored reason: a NACHA code (`R` and two digits), an ISO code of two
 * letters and two digits (`AM04`, `AC02`: known or not, banks send more than this table
 * lists), or one of the table's all-letter ISO codes (`CUST`, `FOCR`) — an arbitrary
 * four-letter word (`CARD declined`) is no code. It must end there: `R012` is not `R01`.
 */
const LEADING_CODE = /^\s*(R\d{2}|[A-Z]{2}\d{2}|[A-Z]{4})(?![A-Za-z0-9])/;

function normaliseCode(code: string): string {
  return code.trim().toUpperCase();
}

/**
 * The scheme's words for a return code (any letter case), or `null` when the code is not in
 * {@link RETURN_REASONS}.
 *
 * @example
 * returnReasonWords('AM04') // → 'Insufficient funds'
 * returnReasonWords('r01')  // → 'Insufficient Funds'
 * returnReasonWords('ZZ99') // → null
 */
export function returnReasonWords(code: string): string | null {
  return BY_CODE.get(normaliseCode(code))?.words ?? null;
}

/**
 * The Reason written for a returned debit (SPEC §10): the code and its words. For a code the
 * table does not know, the code and the bank's own text (`AddtlInf`, the NACHA addenda's
 * information), white space collapsed, or the code alone when there is none. The bank's text
 * is left out for a known code: the scheme's words are the ones staff can look up.
 *
 * @example
 * describeReturn('AM04')                         // → 'AM04 Insufficient funds'
 * describeReturn('R01')                          // → 'R01 Insufficient Funds'
 * describeReturn('AC02', 'Invalid debtor\n IBAN') // → 'AC02 Invalid debtor IBAN'
 * describeReturn('XX99')                         // → 'XX99'
 */
export function describeReturn(code: string, additionalInfo?: string | null): string {
  const normalised = normaliseCode(code);
  const words = returnReasonWords(normalised) ?? additionalInfo?.replace(/\s+/g, ' ').trim() ?? '';
  return words === '' ? normalised : normalised === '' ? words : `${normalised} ${words}`;
}

/**
 * True for a hard return: one that must not be retried on the same account or mandate (SPEC
 * §10, and each entry's `why` in {@link RETURN_REASONS}). Unknown codes and `null` are not hard:
 * an unknown reason is retried like a soft one, as SPEC's list names every hard code.
 *
 * @example
 * isHardReturn('AC04') // → true
 * isHardReturn('AM04') // → false
 * isHardReturn(returnCodeOf('R02 Account Closed')) // → true
 */
export function isHardReturn(code: string | null): boolean {
  return code !== null && BY_CODE.get(normaliseCode(code))?.hard === true;
}

/**
 * The return code at the start of a stored Last Attempt Reason (`'AM04 Insufficient funds'` →
 * `'AM04'`), or `null` when the reason does not start with one — a card processor's reason
 * such as `'Expired card'`, or none at all.
 *
 * @example
 * returnCodeOf('AM04 Insufficient funds') // → 'AM04'
 * returnCodeOf('R01 Insufficient Funds')  // → 'R01'
 * returnCodeOf('Expired card')            // → null
 */
export function returnCodeOf(reason: string | null): string | null {
  const match = reason === null ? null : LEADING_CODE.exec(reason);
  if (match === null) return null;
  const code = match[1];
  return /^[A-Z]{4}$/.test(code) && !BY_CODE.has(code) ? null : code;
}
