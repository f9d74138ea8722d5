/**
 * 1 to 17 letters or digits: the NACHA entry's DFI Account Number field is 17 characters, and
 * US account numbers are digits, sometimes with letters; a dash or space is formatting the
 * bank does not keep.
 */
const ACCOUNT_NUMBER = /^[A-Za-z0-9]{1,17}$/;

/**
 * True when the text (spaces around it ignored) is an account number a NACHA entry can carry:
 * 1 to 17 letters or digits, nothing else. Leading zeros are part of the number.
 *
 * @example
 * isValidAccountNumber('0532013000')         // → true
 * isValidAccountNumber('12345678901234567')  // → true (17 characters)
 * isValidAccountNumber('123-456')            // → false
 */
export function isValidAccountNumber(text: string): boolean {
  return ACCOUNT_NUMBER.test(text.trim());
}
