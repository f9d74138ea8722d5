import type { LocalDate } from '../../engine/dates/localDate';
import { appendRows } from '../../workbook/edit/appendRows';
import type { CellWrite } from '../../workbook/edit/cellWrite';
import { SheetCursor } from '../../workbook/edit/sheetCursor';
import type { OutputCell } from '../../workbook/outputGrid';
import type { WorkbookGrids } from '../../workbook/sheetGrid';
import { type DraftedRun, monthDayText } from './readRunDraft';
import type { RunDraft } from './runsSession';

/**
 * The Runs cells the editor owns, by header, for a draft read without problems: blank fields
 * are `null` (a cleared cell, the column's default), dates are date cells, numbers numbers.
 * Status, Last As Of and Last Executed At are not the editor's.
 *
 * @example
 * runDraftValues(draft, run, 'NIGHTLY') // → { 'Run ID': 'NIGHTLY', Name: 'Nightly', Actions: 'renew, notify, drop', … }
 */
export function runDraftValues(draft: RunDraft, run: DraftedRun, id: string): Record<string, OutputCell> {
  const date = (d: LocalDate | null): OutputCell => (d === null ? null : { date: d });
  const text = (t: string): OutputCell => (t.trim() === '' ? null : t.trim());
  return {
    'Run ID': id,
    Name: run.name,
    Actions: run.actions.join(', '),
    Mode: run.mode,
    'Lead Days': run.leadDays,
    'Expiring By': date(run.expiringBy),
    'Expiry Window Days': run.expiryWindowDays,
    'Effective Date': date(run.effectiveDate),
    'Notice Interval Days': run.noticeIntervalDays,
    'Max Notices': run.maxNotices,
    'Drop After Days': run.dropAfterDays,
    'Collect Through': date(run.collectThrough),
    'Member Types': run.memberTypes.length === 0 ? null : run.memberTypes.join(', '),
    AutoPay: run.autoPay,
    'Use Mapping': draft.useMapping === '' ? null : draft.useMapping === 'yes' ? 'Yes' : 'No',
    Frequency: draft.frequency === '' ? null : draft.frequency,
    // The Day as typed (a weekday name, 1–31 or MM-DD): a number only for a day of the month.
    Day: draft.frequency === 'monthly' ? Number(draft.day.trim()) : draft.frequency === '' || draft.frequency === 'daily' ? null : text(draft.day),
    Time: run.time,
    'Pre-Processing Lead Days': run.preProcessingLeadDays,
    // Blank for none (SPEC §10).
    'Payment File': run.paymentFile,
    // SPEC §11: Align To as MM-DD text, blank for none; Proration and Bill Activations as words.
    'Align To': run.alignTo === null ? null : monthDayText(run.alignTo),
    Proration: run.proration,
    'Bill Activations': run.billActivations ? 'Yes' : 'No',
  };
}

/**
 * The writes that set a run's existing Runs row to `values` (clearing blank ones), adding any
 * column the sheet lacks after its last column.
 *
 * @example
 * editRunWrites(grids, 5, values) // → [{ sheet: 'Runs', row: 5, column: 1, value: 'NIGHTLY' }, …]
 */
export function editRunWrites(book: WorkbookGrids, row: number, values: Readonly<Record<string, OutputCell>>): CellWrite[] {
  // One cursor for every cell, so two missing columns are added side by side, not on one column.
  const cursor = new SheetCursor(book, 'Runs', []);
  const writes = Object.entries(values).map(([header, value]) => ({ sheet: cursor.name, row, column: cursor.column(header), value }));
  return [...cursor.headerWrites, ...writes];
}

/**
 * The writes that append a new run, as a Draft, to the Runs sheet.
 *
 * @example
 * newRunWrites(grids, values) // → the header cells it lacks, then the new row's cells
 */
export function newRunWrites(book: WorkbookGrids, values: Readonly<Record<string, OutputCell>>): CellWrite[] {
  return appendRows(book, 'Runs', [], [{ ...values, Status: 'Draft' }]).writes;
}
