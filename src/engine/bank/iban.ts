import { getCountrySpecifications, validateIBAN, ValidationErrorsIBAN } from './ibantools';

/**
 * The IBAN in its electronic form: spaces (and any other white space) removed, letters
 * upper-case. People copy IBANs from statements in groups of four (`DE89 3704 …`) and sometimes
 * in lower case; banks want neither.
 *
 * @example
 * normaliseIban(' de89 3704 0044 0532 0130 00 ') // → 'DE89370400440532013000'
 */
export function normaliseIban(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

/** Why an IBAN was refused, most basic first, so a message can name the check that failed. */
export type IbanProblem = 'country' | 'length' | 'format' | 'checkDigits';

/**
 * The first check a (normalised) IBAN fails, or `null` when it is valid: an unknown country
 * code, the wrong length for its country, characters its country's account format does not
 * allow (including a national check digit that fails), or the ISO 7064 mod-97 check digits.
 * The checks themselves are ibantools'; this only orders them for the message.
 *
 * @example
 * ibanProblem('DE89370400440532013000') // → null
 * ibanProblem('DE8937040044053201300')  // → 'length'
 * ibanProblem('DE89370400440532013001') // → 'checkDigits'
 */
export function ibanProblem(text: string): IbanProblem | null {
  const iban = normaliseIban(text);
  const { valid, errorCodes } = validateIBAN(iban);
  if (valid) return null;
  const has = (code: ValidationErrorsIBAN): boolean => errorCodes.includes(code);
  if (has(ValidationErrorsIBAN.NoIBANProvided) || has(ValidationErrorsIBAN.NoIBANCountry)) return 'country';
  if (has(ValidationErrorsIBAN.WrongBBANLength)) return 'length';
  if (has(ValidationErrorsIBAN.WrongBBANFormat) || has(ValidationErrorsIBAN.WrongAccountBankBranchChecksum)) return 'format';
  return 'checkDigits';
}

/**
 * True when the text, once normalised ({@link normaliseIban}), is an IBAN of a known country with
 * that country's length and format and correct mod-97 check digits. The syntax alone is not
 * enough: an `NL00…` IBAN passes the pain.008 schema and is still refused by the bank.
 *
 * @example
 * isValidIban('DE89 3704 0044 0532 0130 00') // → true
 * isValidIban('DE89370400440532013001')      // → false (check digits)
 */
export function isValidIban(text: string): boolean {
  return ibanProblem(text) === null;
}

/**
 * How many characters an IBAN of the given country has, or `null` for a country without IBANs
 * (or not a country), from ibantools' copy of the SWIFT IBAN registry.
 *
 * @example
 * ibanLength('DE') // → 22
 * ibanLength('US') // → null
 */
export function ibanLength(countryCode: string): number | null {
  return getCountrySpecifications()[countryCode.toUpperCase()]?.chars ?? null;
}
