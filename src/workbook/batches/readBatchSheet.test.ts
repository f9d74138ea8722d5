import { BATCH_KINDS } from '../../engine/apply/batches';
import { isoDate } from '../../engine/dates/isoDate';
import { XlsxWorkbookHost } from '../../hosts/file/xlsxWorkbookHost';
import type { Cell, WorkbookGrids } from '../sheetGrid';
import { batchSheets } from './batchSheets';
import { batchTable } from './batchTable';
import { readBatchSheet } from './readBatchSheet';
import { sampleBatches } from './testing/sampleBatches';

/** Writes the sample batches into a real .xlsx, then parses the bytes again, as a file would be. */
function throughXlsx(runId: string, date1904 = false): WorkbookGrids {
  const host = XlsxWorkbookHost.empty();
  if (date1904) host.workbook.Workbook = { WBProps: { date1904: true } };
  for (const sheet of batchSheets(runId, sampleBatches())) host.replaceSheetSync(sheet);
  return XlsxWorkbookHost.fromBytes(host.toBytes()).readWorkbookSync();
}

const grids = (name: string, cells: Cell[][]): WorkbookGrids => ({
  sheets: [{ name, cells, firstRow: 1, firstColumn: 1 }],
  date1904: false,
});

describe('readBatchSheet', () => {
  it.each(BATCH_KINDS)('reads back the %s rows, dates and amounts when they went through a real xlsx', (kind) => {
    const read = readBatchSheet(throughXlsx('NIGHTLY'), 'NIGHTLY', kind, false);
    const written = batchTable(kind, sampleBatches());
    expect(read).toMatchObject({ ...written, sheet: `NIGHTLY ${kind[0].toUpperCase()}${kind.slice(1)}`, missing: [], inputErrors: [] });
  });

  it('reads dates back in the 1904 date system when the workbook uses it', () => {
    const read = readBatchSheet(throughXlsx('NIGHTLY', true), 'NIGHTLY', 'drops', true);
    expect(read?.rows[0].slice(5, 7)).toEqual([{ date: isoDate('2026-09-21') }, { date: isoDate('2026-11-21') }]);
  });

  it('finds the sheet under its shortened name when the Run ID is long', () => {
    const read = readBatchSheet(throughXlsx('SPRING-2026-RENEWALS'), 'spring-2026-renewals', 'activations', false);
    expect(read?.rows).toHaveLength(1);
  });

  it('is null when the workbook has no such batch sheet', () => {
    expect(readBatchSheet(throughXlsx('NIGHTLY'), 'WEEKLY', 'invoices', false)).toBeNull();
  });

  it('finds columns by header in any order and letter case, ignoring extra columns', () => {
    const read = readBatchSheet(
      grids('nightly_payments', [
        ['note', 'AMOUNT', 'attempt', 'due-date', 'membership id', 'invoice_id', 'email', 'name', 'member id'],
        ['x', 60, 2, '2026-11-01', 'M8', 'INV-6', null, 'Flo', 'M8'],
      ]),
      'NIGHTLY',
      'payments',
      false,
    );
    expect(read?.headers).toEqual(['Member ID', 'Name', 'Email', 'Invoice ID', 'Membership ID', 'Due Date', 'Attempt', 'Amount']);
    expect(read?.rows).toEqual([['M8', 'Flo', null, 'INV-6', 'M8', { date: isoDate('2026-11-01') }, 2, 60]]);
  });

  it('stops at the totals row, so a note below it is not a batch row', () => {
    const read = readBatchSheet(
      grids('NIGHTLY Activations', [
        ['Member ID', 'Name', 'Email', 'Application ID', 'Membership ID', 'Product', 'Term Start', 'Term End'],
        [],
        ['M9', 'Gus', null, 'APP-7', 'M9', 'Annual', 46347, 46711],
        [' total ', 1],
        ['Checked by JS'],
      ]),
      'NIGHTLY',
      'activations',
      false,
    );
    expect(read?.rows.map((r) => r[0])).toEqual(['M9']);
  });

  it('lists the missing columns and reads no row when a column was deleted', () => {
    const withoutEmail = [['Member ID', 'Name', 'Membership ID', 'Product', 'End Date', 'Termination Date', 'Amount'], ['M4']];
    const read = readBatchSheet(grids('NIGHTLY Drops', withoutEmail), 'NIGHTLY', 'drops', false);
    expect(read?.missing).toEqual(['Email']);
    expect(read?.rows).toEqual([]);
  });

  it('lists every column as missing when the sheet is empty', () => {
    expect(readBatchSheet(grids('NIGHTLY Drops', []), 'NIGHTLY', 'drops', false)?.missing).toHaveLength(8);
  });

  it('reports a cell that does not fit its column as an input error when staff typed over it', () => {
    const read = readBatchSheet(
      grids('NIGHTLY Payments', [
        ['Member ID', 'Name', 'Email', 'Invoice ID', 'Membership ID', 'Due Date', 'Attempt', 'Amount'],
        ['M8', 'Flo', null, 'INV-6', 'M8', 'soon', 2, '60'],
      ]),
      'NIGHTLY',
      'payments',
      false,
    );
    expect(read?.inputErrors.map((e) => [e.row, e.column])).toEqual([
      [2, 'Due Date'],
      [2, 'Amount'],
    ]);
    expect(read?.rows[0].slice(5)).toEqual([null, 2, null]);
  });
});
