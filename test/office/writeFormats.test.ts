import { OfficeWorkbookHost } from '../../src/hosts/office/officeWorkbookHost';
import { createExcelModel } from '../excelModel/excelModel';
import { AS_OF, runOf } from './seedModel';

/** Invoices with row 2's cells formatted as text (`@`), as a host leaves them after writing text there. */
const invoicesWithTextCells = () => {
  const model = createExcelModel();
  model.addSheet(
    'Invoices',
    [
      ['Notices Sent', 'Last Notice Date', 'Paid', 'Amount'],
      ['x', 'x', 'x', 1],
    ],
    {
      numberFormats: [
        [null, null, null, null],
        ['@', '@', '@', '#,##0.00'],
      ],
    },
  );
  return model;
};

describe('OfficeWorkbookHost.writeCells: number formats', () => {
  it('writes a number, a date and a boolean as such when the cells were text, and keeps a number format the staff set', async () => {
    const model = invoicesWithTextCells();
    await new OfficeWorkbookHost(runOf(model)).writeCells([
      { sheet: 'Invoices', row: 2, column: 1, value: 2 },
      { sheet: 'Invoices', row: 2, column: 2, value: { date: AS_OF } },
      { sheet: 'Invoices', row: 2, column: 3, value: true },
      { sheet: 'Invoices', row: 2, column: 4, value: 120 },
    ]);
    expect(model.cell('Invoices', 1, 0)).toMatchObject({ value: 2, numberFormat: 'General', valueType: 'Double' });
    expect(model.cell('Invoices', 1, 1)).toMatchObject({ value: 46347, numberFormat: 'yyyy-mm-dd', valueType: 'Double' });
    expect(model.cell('Invoices', 1, 2)).toMatchObject({ value: true, numberFormat: 'General', valueType: 'Boolean' });
    expect(model.cell('Invoices', 1, 3)).toMatchObject({ value: 120, numberFormat: '#,##0.00' });
  });

  it('turns a cell that held text into a number when a later write reuses it', async () => {
    const model = createExcelModel();
    model.addSheet('Run Log', [['Renew Amount']]);
    const host = new OfficeWorkbookHost(runOf(model));
    await host.writeCells([{ sheet: 'Run Log', row: 2, column: 1, value: '120 USD and 90 EUR' }]);
    expect(model.cell('Run Log', 1, 0)).toMatchObject({ value: '120 USD and 90 EUR', numberFormat: '@' });
    await host.writeCells([{ sheet: 'Run Log', row: 2, column: 1, value: 210 }]);
    expect(model.cell('Run Log', 1, 0)).toMatchObject({ value: 210, valueType: 'Double' });
  });
});

describe('OfficeWorkbookHost.writeCells: a request Excel refuses as too large', () => {
  it('is written again in halves, down to requests Excel accepts, and every cell lands', async () => {
    // The host budgets 400 kB but this Excel takes 60 kB: the estimate is wrong on purpose.
    const model = createExcelModel({ payloadLimitBytes: 60_000 });
    model.addSheet('Log', [['Member ID', 'Amount']]);
    const host = new OfficeWorkbookHost(runOf(model), { payloadBytes: 400_000, cellsPerOperation: 1_000_000 });
    await host.readWorkbook();
    model.resetStats();
    const rows = 8000;
    await host.writeCells(
      Array.from({ length: rows }, (_, i) => [
        { sheet: 'Log', row: i + 2, column: 1, value: `M${i}` },
        { sheet: 'Log', row: i + 2, column: 2, value: i },
      ]).flat(),
    );
    const refused = model.stats.requests.filter((r) => r.bytes > 60_000);
    expect(refused.length).toBeGreaterThan(0);
    expect(model.cell('Log', rows, 0)).toMatchObject({ value: `M${rows - 1}`, numberFormat: '@' });
    expect(model.cell('Log', rows, 1)).toMatchObject({ value: rows - 1, valueType: 'Double' });
    expect(model.cell('Log', 1, 1).value).toBe(0);
  });

  it('fails with the payload error when a single row is still too large', async () => {
    const model = createExcelModel({ payloadLimitBytes: 2_000 });
    model.addSheet('Log', [['Note']]);
    const host = new OfficeWorkbookHost(runOf(model), { payloadBytes: 400_000, cellsPerOperation: 1_000_000 });
    await expect(host.writeCells([{ sheet: 'Log', row: 2, column: 1, value: 'x'.repeat(5_000) }])).rejects.toMatchObject({
      code: 'RequestPayloadSizeLimitExceeded',
    });
    expect(model.cell('Log', 1, 0).value).toBe('');
  });
});

describe('OfficeWorkbookHost.writeCells: text with a leading apostrophe', () => {
  it('reads back exactly as written, apostrophe included', async () => {
    const model = createExcelModel();
    model.addSheet('Members', [['Name']]);
    const host = new OfficeWorkbookHost(runOf(model));
    await host.writeCells([{ sheet: 'Members', row: 2, column: 1, value: "'Ohana" }]);
    expect(model.cell('Members', 1, 0).value).toBe("'Ohana");
    const grids = await host.readWorkbook();
    expect(grids.sheets.find((s) => s.name === 'Members')?.cells[1][0]).toBe("'Ohana");
  });
});
