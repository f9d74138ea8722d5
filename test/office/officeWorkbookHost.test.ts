import { readWorkbookRecords } from '../../src/workbook/read/readWorkbookRecords';
import { XlsxWorkbookHost } from '../../src/hosts/file/xlsxWorkbookHost';
import { OfficeWorkbookHost } from '../../src/hosts/office/officeWorkbookHost';
import { EXCEL_WEB_LIMITS } from '../../src/hosts/office/excelRun';
import { sampleWorkbook } from '../../src/workbook/sample/sampleWorkbook';
import { createExcelModel } from '../excelModel/excelModel';
import { AS_OF, runOf, sampleModel } from './seedModel';

describe('OfficeWorkbookHost.readWorkbook', () => {
  it('reads the same records as the file host does from the same workbook', async () => {
    const model = sampleModel(300);
    const grids = await new OfficeWorkbookHost(runOf(model)).readWorkbook();
    const file = XlsxWorkbookHost.empty();
    for (const sheet of sampleWorkbook({ asOf: AS_OF, memberships: 300, seed: 11, withInputErrors: false })) file.replaceSheetSync(sheet);
    const fromFile = readWorkbookRecords(file.readWorkbookSync());
    const fromOffice = readWorkbookRecords(grids);
    expect(fromOffice.inputErrors).toEqual([]);
    expect(fromOffice.records).toEqual(fromFile.records);
    expect(fromOffice.runs).toEqual(fromFile.runs);
  });

  it('turns blanks into null and error values into errors, keeping the used range origin', async () => {
    const model = createExcelModel();
    model.addSheet(
      'Members',
      [
        ['Member ID', 'End Date'],
        ['M1', { error: '#N/A' }],
        ['M2', ''],
      ],
      { firstRow: 3, firstColumn: 2 },
    );
    const grids = await new OfficeWorkbookHost(runOf(model)).readWorkbook();
    expect(grids.sheets[0]).toEqual({
      name: 'Members',
      firstRow: 3,
      firstColumn: 2,
      cells: [
        ['Member ID', 'End Date'],
        ['M1', { error: '#N/A' }],
        ['M2', null],
      ],
    });
  });

  it.each([false, true])('detects the date system (1904: %s) and reads dates the same either way', async (date1904) => {
    const model = sampleModel(50, { date1904 });
    const grids = await new OfficeWorkbookHost(runOf(model)).readWorkbook();
    expect(grids.date1904).toBe(date1904);
    expect(readWorkbookRecords(grids).records.members[0].endDate).toBe(
      readWorkbookRecords(await new OfficeWorkbookHost(runOf(sampleModel(50))).readWorkbook()).records.members[0].endDate,
    );
  });

  it('reads in chunks that keep every response under the payload limit', async () => {
    const model = sampleModel(2000, { payloadLimitBytes: 60_000 });
    const host = new OfficeWorkbookHost(runOf(model), { payloadBytes: 50_000, cellsPerOperation: 5000 });
    const grids = await host.readWorkbook();
    expect(readWorkbookRecords(grids).records.members).toHaveLength(2000);
    expect(model.stats.largestResponseBytes).toBeLessThanOrEqual(60_000);
    expect(model.stats.syncs).toBeGreaterThan(10);
  });
});

describe('OfficeWorkbookHost.writeCells', () => {
  it('writes text that looks like a formula, a number or a date as text', async () => {
    const model = createExcelModel();
    model.addSheet('Members', [['Name'], ['x'], ['x'], ['x'], ['x']]);
    await new OfficeWorkbookHost(runOf(model)).writeCells(
      ['=HYPERLINK("http://evil","x")', '+1', '0012', '2026-11-21'].map((value, i) => ({ sheet: 'Members', row: i + 2, column: 1, value })),
    );
    for (const [i, text] of ['=HYPERLINK("http://evil","x")', '+1', '0012', '2026-11-21'].entries()) {
      expect(model.cell('Members', i + 1, 0)).toMatchObject({ value: text, formula: null, numberFormat: '@' });
    }
  });

  it('writes dates as serials with a date format, clears cells for null, creates missing sheets', async () => {
    const model = createExcelModel();
    model.addSheet('Invoices', [
      ['Invoice ID', 'Last Notice Date', 'Note'],
      ['INV-1', 1, 'x'],
    ]);
    await new OfficeWorkbookHost(runOf(model)).writeCells([
      { sheet: 'Invoices', row: 2, column: 2, value: { date: AS_OF } },
      { sheet: 'Invoices', row: 2, column: 3, value: null },
      { sheet: 'Journal', row: 1, column: 1, value: 'Run ID' },
    ]);
    expect(model.cell('Invoices', 1, 1)).toMatchObject({ value: 46347, numberFormat: 'yyyy-mm-dd' });
    expect(model.cell('Invoices', 1, 2).value).toBe('');
    expect(model.sheetNames()).toContain('Journal');
  });

  it('keeps every request under the limit when writing many small scattered updates', async () => {
    // A post's notices touch two cells on thousands of rows: each row is its own range, and
    // the request carries every range's proxy path as well as the values.
    const model = createExcelModel({ payloadLimitBytes: 200_000 });
    model.addSheet('Invoices', [['Notices Sent', 'Last Notice Date']]);
    const writes = Array.from({ length: 6000 }, (_, i) => [
      { sheet: 'Invoices', row: 2 + i * 3, column: 1, value: 2 },
      { sheet: 'Invoices', row: 2 + i * 3, column: 2, value: { date: AS_OF } },
    ]).flat();
    await new OfficeWorkbookHost(runOf(model), { payloadBytes: 160_000, cellsPerOperation: 5000 }).writeCells(writes);
    expect(model.stats.largestRequestBytes).toBeLessThanOrEqual(200_000);
    expect(model.cell('Invoices', 1 + 5999 * 3, 1)).toMatchObject({ value: 46347, numberFormat: 'yyyy-mm-dd' });
  });

  it('keeps the number of syncs independent of the number of rows, but for chunks', async () => {
    const syncsFor = async (rows: number) => {
      const model = createExcelModel();
      model.addSheet('Log', [['A']]);
      const host = new OfficeWorkbookHost(runOf(model));
      await host.readWorkbook();
      model.resetStats();
      await host.writeCells(Array.from({ length: rows }, (_, i) => ({ sheet: 'Log', row: i + 2, column: 1, value: i })));
      return model.stats.syncs;
    };
    expect(await syncsFor(10)).toBe(await syncsFor(10_000));
  });
});

describe('OfficeWorkbookHost.replaceSheet', () => {
  it('writes the sheet in place of the old one, makes its table from the written range and freezes the header', async () => {
    const model = createExcelModel();
    model.addSheet('A', [['a']]);
    model.addSheet('Preview NIGHTLY', [['old']]);
    model.addSheet('C', [['c']]);
    await new OfficeWorkbookHost(runOf(model)).replaceSheet({
      name: 'Preview NIGHTLY',
      rows: [
        ['Key', 'Name', null, 'Run'],
        ['renew:M1', '=cmd|calc', null, 'NIGHTLY'],
      ],
      tableRows: 2,
      tableColumns: 2,
      tableName: 'Preview_NIGHTLY',
    });
    expect(model.sheetNames()).toEqual(['A', 'Preview NIGHTLY', 'C']);
    expect(model.tables('Preview NIGHTLY')).toEqual([{ name: 'Preview_NIGHTLY', address: 'A1:B2' }]);
    expect(model.frozenRows('Preview NIGHTLY')).toBe(1);
    expect(model.cell('Preview NIGHTLY', 1, 1)).toMatchObject({ value: '=cmd|calc', formula: null });
  });

  it('never sends a request over the payload limit for a large sheet', async () => {
    const model = createExcelModel();
    const rows = Array.from({ length: 20_000 }, (_, i) => [`key-${i}`, `Member ${i} with a long enough name`, i, { date: AS_OF }]);
    await new OfficeWorkbookHost(runOf(model), EXCEL_WEB_LIMITS).replaceSheet({
      name: 'Big',
      rows: [['Key', 'Name', 'N', 'When'], ...rows],
      tableRows: 20_001,
      tableColumns: 4,
      tableName: 'Big',
    });
    expect(model.stats.largestRequestBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(model.cell('Big', 20_000, 3)).toMatchObject({ value: 46347, numberFormat: 'yyyy-mm-dd' });
  });
});
