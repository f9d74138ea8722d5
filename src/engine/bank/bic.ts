import { validateBIC } from './ibantools';

/**
 * The BIC in its electronic form: white space removed, letters upper-case.
 *
 * @example
 * normaliseBic(' cobadeffxxx ') // → 'COBADEFFXXX'
 */
export function normaliseBic(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

/**
 * True when the text, once normalised ({@link normaliseBic}), is a BIC (ISO 9362): four letters
 * for the bank, a known country code, two characters for the location and, in the 11-character
 * form, three for the branch. ibantools checks the shape and the country; whether the bank
 * exists only the bank knows.
 *
 * @example
 * isValidBic('COBADEFFXXX') // → true
 * isValidBic('ABNANL2A')    // → true
 * isValidBic('ABN4NL2A')    // → false (a digit in the bank code)
 */
export function isValidBic(text: string): boolean {
  return validateBIC(normaliseBic(text)).valid;
}
