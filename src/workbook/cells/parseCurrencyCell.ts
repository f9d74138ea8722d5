import type { CellContext, ValueCell } from './cellParser';
import { accept, reject, type CellResult } from './cellResult';
import { describeCell } from './describeCell';

const CURRENCY_CODE = /^[A-Za-z]{3}$/;

/**
 * Reads a currency as a three-letter ISO 4217 code, upper-cased (`usd` → `USD`): batch files
 * and accounting imports expect the code, so `$` or `Dollars` is refused rather than guessed.
 *
 * @example
 * parseCurrencyCell('eur', context) // → { ok: true, value: 'EUR' }
 * parseCurrencyCell('$', context)   // → { ok: false, message: "Currency '$' is not a three-letter currency code such as USD" }
 */
export function parseCurrencyCell(cell: ValueCell, context: CellContext): CellResult<string> {
  if (typeof cell === 'string') {
    const text = cell.trim();
    if (CURRENCY_CODE.test(text)) return accept(text.toUpperCase());
  }
  return reject(`${context.column} ${describeCell(cell)} is not a three-letter currency code such as USD`);
}
