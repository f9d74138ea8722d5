import { isSepaIdentifier } from '../../../engine/bank/sepaText';

/** The longest SEPA identifier (MsgId, PmtInfId, EndToEndId, MndtId; SPEC §10). */
export const SEPA_IDENTIFIER_MAX = 35;

/**
 * Throws when `text`, written as the `element` identifier, is not a SEPA identifier
 * ({@link isSepaIdentifier}): the callers make identifiers valid (SPEC §10), so one that is not
 * is a bug.
 *
 * @example
 * requireSepaIdentifier('EndToEndId', 'INV_3-1') // throws 'EndToEndId is not a SEPA identifier: "INV_3-1"'
 */
export function requireSepaIdentifier(element: string, text: string): void {
  if (!isSepaIdentifier(text)) throw new Error(`${element} is not a SEPA identifier: ${JSON.stringify(text)}`);
}
