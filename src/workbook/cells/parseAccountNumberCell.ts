import { isValidAccountNumber } from '../../engine/bank/accountNumber';
import type { CellContext, ValueCell } from './cellParser';
import { accept, reject, type CellResult } from './cellResult';
import { describeCell } from './describeCell';

/** Excel keeps 15 significant digits of a number; past that, the digits typed are already lost. */
const EXCEL_DIGITS = 15;

/**
 * Reads a US account number (SPEC §10): 1 to 17 letters or digits. A number cell holding a
 * whole number is taken as its digits, as account numbers are usually typed into General cells;
 * its leading zeros, if it had any, cannot be known, so the column is best formatted as Text.
 * A number of more than 15 digits is refused: Excel has already replaced its last digits with
 * zeros, and a debit to that account would reach someone else.
 *
 * @example
 * parseAccountNumberCell('0532013000', context) // → { ok: true, value: '0532013000' }
 * parseAccountNumberCell(123456789, context)    // → { ok: true, value: '123456789' }
 * parseAccountNumberCell('123-456', context)    // → { ok: false, message: "Account Number '123-456' may only hold letters and digits (1 to 17)" }
 */
export function parseAccountNumberCell(cell: ValueCell, context: CellContext): CellResult<string> {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 0) {
    const digits = BigInt(cell).toString();
    if (digits.length > EXCEL_DIGITS) {
      return reject(`${context.column} ${describeCell(cell)} has more digits than Excel keeps in a number: format the column as Text and type it again`);
    }
    return accept(digits);
  }
  if (typeof cell === 'string' && isValidAccountNumber(cell)) return accept(cell.trim());
  return reject(`${context.column} ${describeCell(cell)} may only hold letters and digits (1 to 17)`);
}
