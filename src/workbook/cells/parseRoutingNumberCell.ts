import { isValidRoutingNumber } from '../../engine/bank/abaRouting';
import type { CellContext, ValueCell } from './cellParser';
import { accept, reject, type CellResult } from './cellResult';
import { describeCell } from './describeCell';

const NINE_DIGITS = /^\d{9}$/;

/**
 * Reads an ABA routing number (SPEC §10) as its nine digits. Excel drops leading zeros when a
 * routing number is typed into a General cell (`011000015` becomes the number 11000015), so a
 * number cell holding a whole number of at most nine digits gets its zeros back; any other
 * number (a fraction, a negative, ten digits) is refused rather than guessed at. Text must be
 * the nine digits themselves. The ABA checksum then catches a mistyped digit.
 *
 * @example
 * parseRoutingNumberCell('011000015', context) // → { ok: true, value: '011000015' }
 * parseRoutingNumberCell(11000015, context)    // → { ok: true, value: '011000015' }
 * parseRoutingNumberCell('011000016', context) // → { ok: false, message: "Routing Number '011000016' fails the ABA routing number check: a digit is mistyped" }
 */
export function parseRoutingNumberCell(cell: ValueCell, context: CellContext): CellResult<string> {
  const digits =
    typeof cell === 'string'
      ? cell.trim()
      : typeof cell === 'number' && Number.isInteger(cell) && cell > 0 && cell <= 999_999_999
        ? String(cell).padStart(9, '0')
        : null;
  if (digits === null || !NINE_DIGITS.test(digits)) return reject(`${context.column} ${describeCell(cell)} is not 9 digits`);
  if (!isValidRoutingNumber(digits)) return reject(`${context.column} ${describeCell(cell)} fails the ABA routing number check: a digit is mistyped`);
  return accept(digits);
}
