import type { LocalDate } from '../../engine/dates/localDate';
import { cellAddress, JournaledWrite } from '../edit/cellWrite';
import type { OutputCell } from '../outputGrid';
import { toJournalJson } from './journalValue';

export const JOURNAL_SHEET = 'Journal';

/**
 * The Journal's columns (SPEC §5 "records every cell it changes with its previous value"): one
 * line per changed row — the cells it changed (`M7 N7`), and their previous and new values as
 * typed JSON lists (`[1,{"date":"2026-10-01"}]`). A line per row rather than per cell keeps the
 * Journal of a 20,000-item post small enough that posting stays near the cost of saving.
 */
export const JOURNAL_HEADERS = ['Run ID', 'As Of', 'Log Row', 'Seq', 'Sheet', 'Row', 'Cells', 'Previous', 'New'] as const;

/**
 * The Journal lines of a post: consecutive writes to one row of one sheet make one line, in
 * the order the writes are applied (`Seq` from 1). `Log Row` is the post's Run Log row, which
 * tells apart a post, its revert and a later post of the same run and date. Revert undoes the
 * lines, and the cells within a line, in reverse order.
 *
 * @example
 * journalRows('NIGHTLY', asOf, 5, writes)[0]
 * // → ['NIGHTLY', {date}, 5, 1, 'Invoices', 7, 'M7 N7', '[1,{"date":"2026-10-01"}]', '[2,{"date":"2026-11-21"}]']
 */
export function journalRows(runId: string, asOf: LocalDate, logRow: number, writes: readonly JournaledWrite[]): OutputCell[][] {
  const lines: OutputCell[][] = [];
  let i = 0;
  while (i < writes.length) {
    const { sheet, row } = writes[i];
    const cells: string[] = [];
    const previous: unknown[] = [];
    const next: unknown[] = [];
    for (; i < writes.length && writes[i].sheet === sheet && writes[i].row === row; i++) {
      cells.push(cellAddress(row, writes[i].column));
      previous.push(toJournalJson(writes[i].previous));
      next.push(toJournalJson(writes[i].value));
    }
    lines.push([runId, { date: asOf }, logRow, lines.length + 1, sheet, row, cells.join(' '), JSON.stringify(previous), JSON.stringify(next)]);
  }
  return lines;
}
