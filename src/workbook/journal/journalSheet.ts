import type { LocalDate } from '../../engine/dates/localDate';
import { cellAddress, JournaledWrite } from '../edit/cellWrite';
import type { OutputCell } from '../outputGrid';
import { encodeJournalValue } from './journalValue';

export const JOURNAL_SHEET = 'Journal';

/** The Journal's columns: one line per cell a post changed, with its previous value (SPEC §5). */
export const JOURNAL_HEADERS = [
  'Run ID',
  'As Of',
  'Log Row',
  'Seq',
  'Sheet',
  'Cell',
  'Row',
  'Column',
  'Previous Type',
  'Previous Value',
  'New Type',
  'New Value',
] as const;

/**
 * The Journal lines of a post, in the order its writes are applied (`Seq` from 1). `Log Row`
 * is the post's Run Log row, which tells apart a post, its revert and a later post of the same
 * run and date. Revert undoes the lines in reverse order.
 *
 * @example
 * journalRows('NIGHTLY', asOf, 5, writes)[0]
 * // → ['NIGHTLY', {date}, 5, 1, 'Invoices', 'M7', 7, 13, 'number', 1, 'number', 2]
 */
export function journalRows(runId: string, asOf: LocalDate, logRow: number, writes: readonly JournaledWrite[]): OutputCell[][] {
  return writes.map((w, i) => {
    const before = encodeJournalValue(w.previous);
    const after = encodeJournalValue(w.value);
    return [runId, { date: asOf }, logRow, i + 1, w.sheet, cellAddress(w.row, w.column), w.row, w.column, before.type, before.value, after.type, after.value];
  });
}
