import { isSepaIdentifier, SEPA_ID_PATTERN } from '../../engine/bank/sepaText';
import type { CellContext, ValueCell } from './cellParser';
import { accept, reject, type CellResult } from './cellResult';
import { describeCell } from './describeCell';

const MAX_LENGTH = 35;
const ALLOWED = "letters A-Z, digits, spaces and / - ? : ( ) . , ' +";

/**
 * Reads a SEPA Mandate ID (SPEC §10), trimmed, kept exactly as written otherwise: the bank
 * matches it character for character with the mandate it holds, so nothing is transliterated
 * or re-cased. A number cell is its digits. Refused, saying what is wrong, when it breaks the
 * SEPA identifier rule (see `isSepaIdentifier`): more than 35 characters, a character outside
 * the set (the first one is named), or a `/` at either end or `//` inside.
 *
 * @example
 * parseMandateIdCell('MNDT-2026/17', context) // → { ok: true, value: 'MNDT-2026/17' }
 * parseMandateIdCell('MNDT_17', context)      // → { ok: false, message: "Mandate ID 'MNDT_17' holds '_': use only letters A-Z, digits, spaces and / - ? : ( ) . , ' +" }
 */
export function parseMandateIdCell(cell: ValueCell, context: CellContext): CellResult<string> {
  const shown = `${context.column} ${describeCell(cell)}`;
  const text = typeof cell === 'string' ? cell.trim() : typeof cell === 'number' && Number.isInteger(cell) && cell >= 0 ? String(cell) : null;
  if (text === null) return reject(`${shown} is not a mandate reference`);
  if (isSepaIdentifier(text)) return accept(text);
  if (text.length > MAX_LENGTH) return reject(`${shown} has ${text.length} characters: SEPA allows at most ${MAX_LENGTH}`);
  const bad = [...text].find((char) => !SEPA_ID_PATTERN.test(char));
  if (bad !== undefined) return reject(`${shown} holds '${bad}': use only ${ALLOWED}`);
  return reject(`${shown} may not start or end with / nor hold //`);
}
