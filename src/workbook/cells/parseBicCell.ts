import { isValidBic, normaliseBic } from '../../engine/bank/bic';
import type { CellContext, ValueCell } from './cellParser';
import { accept, reject, type CellResult } from './cellResult';
import { describeCell } from './describeCell';

/**
 * Reads a BIC (SPEC §10), returned upper-case without spaces: 8 or 11 characters, four letters
 * for the bank, a country code, two characters for the place and, optionally, three for the
 * branch.
 *
 * @example
 * parseBicCell('cobadeffxxx', context) // → { ok: true, value: 'COBADEFFXXX' }
 * parseBicCell('COBADEFF1', context)   // → { ok: false, message: "BIC 'COBADEFF1' is not a BIC: 8 or 11 characters such as COBADEFFXXX" }
 */
export function parseBicCell(cell: ValueCell, context: CellContext): CellResult<string> {
  if (typeof cell === 'string' && isValidBic(cell)) return accept(normaliseBic(cell));
  return reject(`${context.column} ${describeCell(cell)} is not a BIC: 8 or 11 characters such as COBADEFFXXX`);
}
