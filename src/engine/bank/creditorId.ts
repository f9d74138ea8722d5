import { isSEPACountry } from './ibantools';

/** Country, two check digits, a three-character business code, then the national identifier. */
const CREDITOR_ID = /^([A-Z]{2})(\d{2})[A-Z0-9]{3}([A-Z0-9]{1,28})$/;

/**
 * The creditor identifier in its electronic form: white space removed, letters upper-case.
 *
 * @example
 * normaliseCreditorId(' de98 zzz 0999 9999 999 ') // → 'DE98ZZZ09999999999'
 */
export function normaliseCreditorId(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

/**
 * The remainder of a string of digits and letters by 97, letters counting as two digits
 * (A = 10 … Z = 35, ISO 7064 MOD 97-10), worked through in short pieces so no number ever
 * exceeds what a double holds exactly.
 *
 * @example
 * mod97('09999999999DE98') // → 1
 */
export function mod97(text: string): number {
  let remainder = 0;
  for (const char of text) {
    const value = parseInt(char, 36);
    remainder = value < 10 ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97;
  }
  return remainder;
}

/**
 * True when the text is a SEPA Creditor Identifier (EPC262-08) whose check digits are right.
 * Its shape is `CCkkZZZ<national id>`: a SEPA country, two check digits, a business code `ZZZ`
 * the creditor may choose freely — so it is left out of the check — and the national
 * identifier (at most 35 characters in all). The check digits are ISO 7064 MOD 97-10, computed
 * like an IBAN's over the national identifier followed by the country code and the check digits
 * (A = 10 … Z = 35): the result must leave 1. ibantools has no creditor-ID check.
 *
 * @example
 * isValidCreditorId('DE98ZZZ09999999999') // → true
 * isValidCreditorId('DE98ABC09999999999') // → true (the business code is not checked)
 * isValidCreditorId('DE97ZZZ09999999999') // → false (check digits)
 */
export function isValidCreditorId(text: string): boolean {
  const match = CREDITOR_ID.exec(normaliseCreditorId(text));
  if (match === null) return false;
  const [, country, checkDigits, national] = match;
  return isSEPACountry(country) && mod97(`${national}${country}${checkDigits}`) === 1;
}
