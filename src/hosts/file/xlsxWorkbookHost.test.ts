import * as XLSX from 'xlsx';
import { isoDate } from '../../engine/dates/isoDate';
import type { SheetWrite } from '../../workbook/outputGrid';
import { XlsxWorkbookHost } from './xlsxWorkbookHost';

function bookWith(sheets: Record<string, XLSX.WorkSheet>, date1904 = false): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, ws] of Object.entries(sheets)) XLSX.utils.book_append_sheet(wb, ws, name);
  if (date1904) wb.Workbook = { WBProps: { date1904: true } };
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

const sheet = (name: string, rows: SheetWrite['rows']): SheetWrite => ({
  name,
  rows,
  tableRows: rows.length,
  tableColumns: rows[0]?.length ?? 0,
  tableName: name,
});

describe('XlsxWorkbookHost', () => {
  it('reads every sheet as a grid with its Excel origin, error cells kept as errors', async () => {
    const ws: XLSX.WorkSheet = {
      C3: { t: 's', v: 'Member ID' },
      D3: { t: 's', v: 'End Date' },
      C4: { t: 'n', v: 1001 },
      D4: { t: 'e', v: 0x2a, w: '#N/A' },
      '!ref': 'C3:D4',
    };
    const grids = await XlsxWorkbookHost.fromBytes(bookWith({ Members: ws })).readWorkbook();
    expect(grids.date1904).toBe(false);
    expect(grids.sheets[0]).toEqual({
      name: 'Members',
      firstRow: 3,
      firstColumn: 3,
      cells: [
        ['Member ID', 'End Date'],
        [1001, { error: '#N/A' }],
      ],
    });
  });

  it('detects the 1904 date system', () => {
    const host = XlsxWorkbookHost.fromBytes(bookWith({ A: XLSX.utils.aoa_to_sheet([[1]]) }, true));
    expect(host.readWorkbookSync().date1904).toBe(true);
  });

  it('writes dates as serials in the workbook date system with a date format', () => {
    for (const [date1904, serial] of [
      [false, 46347],
      [true, 44885],
    ] as const) {
      const host = XlsxWorkbookHost.fromBytes(bookWith({ A: XLSX.utils.aoa_to_sheet([[1]]) }, date1904));
      host.replaceSheetSync(sheet('Out', [['When'], [{ date: isoDate('2026-11-21') }]]));
      const back = XLSX.read(host.toBytes(), { type: 'array', cellNF: true, dense: true });
      const cell = (back.Sheets.Out['!data'] as XLSX.CellObject[][])[1][0];
      expect([cell.t, cell.v, cell.z]).toEqual(['n', serial, 'yyyy-mm-dd']);
    }
  });

  it('writes text that looks like a formula as text', () => {
    const host = XlsxWorkbookHost.empty();
    host.replaceSheetSync(sheet('Out', [['Name'], ['=HYPERLINK("http://x","y")']]));
    const back = XLSX.read(host.toBytes(), { type: 'array', cellFormula: true, dense: true });
    const cell = (back.Sheets.Out['!data'] as XLSX.CellObject[][])[1][0];
    expect(cell.t).toBe('s');
    expect(cell.f).toBeUndefined();
  });

  it('replaces a sheet of the same name in its place, whatever its letter case', () => {
    const host = XlsxWorkbookHost.fromBytes(
      bookWith({ A: XLSX.utils.aoa_to_sheet([[1]]), 'preview x': XLSX.utils.aoa_to_sheet([[2]]), C: XLSX.utils.aoa_to_sheet([[3]]) }),
    );
    host.replaceSheetSync(sheet('Preview X', [['new']]));
    expect(host.workbook.SheetNames).toEqual(['A', 'Preview X', 'C']);
    expect(host.readWorkbookSync().sheets[1].cells).toEqual([['new']]);
  });

  it('switches on a filter over the table rows and columns', () => {
    const host = XlsxWorkbookHost.empty();
    host.replaceSheetSync({
      ...sheet('Out', [
        ['a', 'b', null, 'side'],
        [1, 2, null, 'x'],
      ]),
      tableColumns: 2,
    });
    expect(host.workbook.Sheets.Out['!autofilter']).toEqual({ ref: 'A1:B2' });
  });
});

describe('XlsxWorkbookHost.toBytes', () => {
  it('saves a workbook whose sheet has an entirely empty row in the middle', () => {
    const ws: XLSX.WorkSheet = { A1: { t: 's', v: 'Member ID' }, A3: { t: 's', v: 'M1' }, '!ref': 'A1:A3' };
    const host = XlsxWorkbookHost.fromBytes(bookWith({ Members: ws }));
    const back = XlsxWorkbookHost.fromBytes(host.toBytes()).readWorkbookSync();
    expect(back.sheets[0].cells).toEqual([['Member ID'], [null], ['M1']]);
  });
});
