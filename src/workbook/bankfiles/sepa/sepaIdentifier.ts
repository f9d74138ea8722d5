/**
 * SEPA identifiers (MsgId, PmtInfId, EndToEndId, MndtId): 1–35 characters of
 * `a-z A-Z 0-9 / - ? : ( ) . , ' +` and space (SPEC §10; the German banks' subset, dk l.620).
 */

/** The longest SEPA identifier. */
export const SEPA_IDENTIFIER_MAX = 35;

/**
 * One to 35 characters of the SEPA identifier set. Stricter than dk's own pattern, which lets
 * `|` through by writing it inside its character classes.
 */
export const SEPA_IDENTIFIER = /^[A-Za-z0-9/\-?:().,'+ ]{1,35}$/;

/**
 * Whether `text` may be written as a SEPA identifier.
 *
 * @example
 * isSepaIdentifier('INV-000003-1') // → true
 * isSepaIdentifier('INV_000003')   // → false ('_' is not in the set)
 */
export function isSepaIdentifier(text: string): boolean {
  return SEPA_IDENTIFIER.test(text);
}

/**
 * Throws when `text`, written as the `element` identifier, is not a SEPA identifier: the
 * callers make identifiers valid (SPEC §10), so one that is not is a bug.
 *
 * @example
 * requireSepaIdentifier('EndToEndId', 'INV_3-1') // throws 'EndToEndId is not a SEPA identifier: "INV_3-1"'
 */
export function requireSepaIdentifier(element: string, text: string): void {
  if (!isSepaIdentifier(text)) throw new Error(`${element} is not a SEPA identifier: ${JSON.stringify(text)}`);
}
