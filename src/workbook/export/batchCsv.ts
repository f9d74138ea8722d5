import type { BatchCell, BatchTable } from '../batches/batchTable';
import { totalsRows } from '../batches/batchTotals';
import { csvField } from './csvField';

/** Byte order mark, so Excel opens the UTF-8 file as UTF-8 (names with accents stay intact). */
export const UTF8_BOM = '\uFEFF';
/** RFC 4180 line end. */
export const CSV_LINE_END = '\r\n';

/**
 * A batch as CSV text (SPEC §5): a byte order mark, the header line, one line per row and the
 * control totals as the last lines, one per currency (SPEC §11), aligned under the columns —
 * `Total` under Member ID, the row count under Name, the amount sum (rounded to cents) under
 * Amount and the code under Currency, other fields empty (`Total,2,,,,,,,,,240,USD`). RFC 4180: CRLF after every line (the last included), fields quoted
 * only when needed. ISO dates, plain numbers, and text neutralised against formula injection
 * (headers too, though none starts like a formula). Encode the result as UTF-8.
 *
 * @example
 * batchCsv(table)
 * // → '\uFEFFMember ID,Name,Email,…,Amount,Currency\r\nM1,Ann Lee,ann@example.org,…,120,USD\r\nTotal,1,,…,120,USD\r\n'
 */
export function batchCsv(table: BatchTable): string {
  const line = (cells: readonly BatchCell[]): string => cells.map((cell, i) => csvField(cell, { amount: i === table.amountColumn })).join(',') + CSV_LINE_END;
  let text = UTF8_BOM + line(table.headers);
  for (const row of table.rows) text += line(row);
  for (const totals of totalsRows(table)) text += line(totals);
  return text;
}
