import type { CellContext, ValueCell } from './cellParser';
import { accept, reject, type CellResult } from './cellResult';
import { describeCell } from './describeCell';

const RUN_ID = /^[A-Za-z0-9_-]{1,20}$/;

/**
 * Reads a Run ID (SPEC §4): 1–20 characters of `A-Z 0-9 - _`, typed in any letter case and
 * stored upper-case, so `gold-monthly` and `GOLD-MONTHLY` are one ID. A number is its digits.
 *
 * @example
 * parseRunIdCell('gold-monthly', context) // → { ok: true, value: 'GOLD-MONTHLY' }
 * parseRunIdCell('gold monthly', context) // → { ok: false, message: "Run ID 'gold monthly' may only hold letters A-Z, digits, - and _ (1 to 20 characters)" }
 */
export function parseRunIdCell(cell: ValueCell, context: CellContext): CellResult<string> {
  const text = typeof cell === 'string' ? cell.trim() : typeof cell === 'number' ? String(cell) : null;
  if (text !== null && RUN_ID.test(text)) return accept(text.toUpperCase());
  return reject(`${context.column} ${describeCell(cell)} may only hold letters A-Z, digits, - and _ (1 to 20 characters)`);
}
