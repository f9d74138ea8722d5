import { formatIsoDate } from '../../engine/dates/isoDate';
import { isDateCell } from '../outputGrid';
import type { BatchCell } from '../batches/batchTable';
import { roundToCents } from '../batches/batchTotals';
import { neutraliseFormula } from './neutraliseFormula';

/** Fields holding these must be quoted (RFC 4180 §2.6). */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field of a batch cell (SPEC §5): a date as ISO `YYYY-MM-DD`; a number plainly, with
 * no thousands separator (`120`, `12.5`, `-3`), an amount first rounded to cents; text
 * neutralised against formula injection, then quoted when RFC 4180 requires; blank as nothing.
 *
 * @example
 * csvField({ date: isoDate('2026-11-21') }) // → '2026-11-21'
 * csvField(1234.5, { amount: true })        // → '1234.5'
 * csvField('Lee, Ann')                      // → '"Lee, Ann"'
 * csvField('=1+1')                          // → "'=1+1"
 */
export function csvField(cell: BatchCell, options: { amount?: boolean } = {}): string {
  if (cell === null) return '';
  if (isDateCell(cell)) return formatIsoDate(cell.date);
  if (typeof cell === 'number') return plainNumber(options.amount ? roundToCents(cell) : cell);
  return quoteCsvField(neutraliseFormula(cell));
}

/**
 * A field quoted per RFC 4180 when it holds a comma, a double quote, CR or LF; quotes doubled.
 *
 * @example
 * quoteCsvField('say "hi"') // → '"say ""hi"""'
 */
export function quoteCsvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A number without exponent or grouping. `String` already writes plain digits for every amount
 * a batch can hold; only beyond 1e21 or below 1e-6 does it switch to exponents, and those are
 * written out in full instead, so an import never meets `1e+21`.
 */
function plainNumber(n: number): string {
  const text = String(n);
  if (!/e/i.test(text)) return text;
  return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}
