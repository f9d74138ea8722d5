import * as XLSX from 'xlsx';
import { isoDate } from '../../engine/dates/isoDate';
import { XlsxWorkbookHost } from '../../hosts/file/xlsxWorkbookHost';
import { readWorkbookRecords } from '../../workbook/read/readWorkbookRecords';
import { findSheet } from '../../workbook/schema/findSheet';
import { sampleWorkbook } from '../../workbook/sample/sampleWorkbook';
import type { OutputCell } from '../../workbook/outputGrid';
import { HostReconcileSession } from './reconcileSession';
import { Refusal } from '../../app/refusal';

const NOW = () => new Date('2026-11-21T18:00:00Z');
const HEADER = ['Reference', 'Invoice ID', 'Amount', 'Result', 'Settlement Status', 'Processed At', 'Reason'];

function fileHost() {
  const host = XlsxWorkbookHost.empty();
  for (const sheet of sampleWorkbook({ asOf: isoDate('2026-11-21'), memberships: 80, seed: 3, withInputErrors: false })) host.replaceSheetSync(sheet);
  const open = readWorkbookRecords(host.readWorkbookSync()).records.invoices.filter((i) => i.status === 'Open' && i.balance > 0);
  if (open.length < 2) throw new Error('the sample has open invoices');
  return { host, reconcile: new HostReconcileSession(host, NOW), open };
}

function addSheet(host: XlsxWorkbookHost, name: string, rows: OutputCell[][]) {
  host.replaceSheetSync({ name, rows, tableRows: rows.length, tableColumns: rows[0].length, tableName: name.replace(/\W/g, '') });
}

const bytesOf = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

function xlsxBytes(rows: OutputCell[][]): ArrayBuffer {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'Settlements');
  const out = XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer;
  return out;
}

describe('HostReconcileSession', () => {
  it('lists the sheets whose header row is a Settlements header row', async () => {
    const { host, reconcile } = fileHost();
    expect(await reconcile.settlementSources()).toEqual([]);
    addSheet(host, 'Settled Nov', [HEADER, ['TX-1', 'INV-000001', 10, 'Completed', 'Settled', '2026-11-21T12:00:00Z', null]]);
    addSheet(host, 'Notes', [
      ['Reference', 'Amount'],
      ['x', 1],
    ]);
    expect(await reconcile.settlementSources()).toEqual(['Settled Nov']);
  });

  it('previews a Settlements sheet without writing, then applies it once', async () => {
    const { host, reconcile, open } = fileHost();
    const [paid, partial] = open;
    addSheet(host, 'Settlements', [
      HEADER,
      ['TX-1', paid.invoiceId, paid.balance, 'Completed', 'Settled', '2026-11-21T12:00:00Z', null],
      ['TX-2', partial.invoiceId, 1, 'Completed', 'Settled', '2026-11-21T12:00:00Z', null],
      ['TX-3', 'INV-999999', 5, 'Completed', 'Settled', '2026-11-21T12:00:00Z', null],
    ]);
    const before = host.readWorkbookSync();
    const preview = await reconcile.previewFromSheet('settlements');
    expect(host.readWorkbookSync()).toEqual(before);
    expect(preview.source).toBe('Settlements');
    expect(preview.items.slice(0, 3)).toEqual([
      {
        reference: 'TX-1',
        invoiceId: paid.invoiceId,
        status: 'ready',
        reason: 'paid in full; membership extended',
        reasonCode: 'PAID_IN_FULL',
        amount: paid.balance,
        currency: 'USD',
        batch: 'AutoPay 2026-11-21',
      },
      expect.objectContaining({ reference: 'TX-2', status: 'ready', reason: expect.stringContaining('partial payment'), batch: 'AutoPay 2026-11-21' }),
      expect.objectContaining({ reference: 'TX-3', status: 'error', reason: 'unknown invoice', batch: null }),
    ]);
    expect(preview).toMatchObject({ payments: 2, appliedTotals: { USD: paid.balance + 1 }, asOf: '2026-11-21' });
    expect(preview.counts.error).toBe(1);
    expect(preview.cellsChanged).toBeGreaterThan(0);

    const applied = await reconcile.apply({ kind: 'sheet', sheetName: 'Settlements' });
    expect(applied.items).toEqual(preview.items);
    const grids = host.readWorkbookSync();
    expect(findSheet(grids, 'Payments')?.cells.length).toBe(3);
    const invoice = readWorkbookRecords(grids).records.invoices.find((i) => i.invoiceId === paid.invoiceId);
    expect(invoice).toMatchObject({ status: 'Paid', balance: 0 });

    const again = await reconcile.apply({ kind: 'sheet', sheetName: 'Settlements' });
    expect(again.items.slice(0, 2).map((i) => [i.status, i.reason])).toEqual([
      ['skipped', 'already applied'],
      ['skipped', 'already applied'],
    ]);
    expect(again).toMatchObject({ cellsChanged: 0, payments: 0, appliedTotals: {} });
    expect(host.readWorkbookSync()).toEqual(grids);
  });

  it('reads a CSV file as text, like the CLI, and re-importing it changes nothing', async () => {
    const { host, reconcile, open } = fileHost();
    const csv = `\uFEFF${HEADER.join(',')}\r\nTX-9,${open[0].invoiceId},${open[0].balance.toFixed(2)},Completed,Settled,2026-11-21T04:30:00Z,\r\nTX-10,${open[1].invoiceId},1,Completed,Settled,2026-11-21T12:00:00,`;
    const preview = await reconcile.previewFromFile('settled.csv', bytesOf(csv));
    expect(preview.source).toBe('settled.csv');
    expect(preview.items[0]).toMatchObject({ reference: 'TX-9', status: 'ready', batch: 'AutoPay 2026-11-20' });
    expect(preview.inputErrors).toEqual([expect.objectContaining({ sheet: 'Settlements', row: 3, column: 'Processed At' })]);
    await reconcile.apply({ kind: 'file', name: 'settled.csv', bytes: bytesOf(csv) });
    const after = host.readWorkbookSync();
    expect((await reconcile.apply({ kind: 'file', name: 'settled.csv', bytes: bytesOf(csv) })).cellsChanged).toBe(0);
    expect(host.readWorkbookSync()).toEqual(after);
  });

  it('reads an .xlsx settlements file', async () => {
    const { reconcile, open } = fileHost();
    const bytes = xlsxBytes([HEADER, ['TX-1', open[0].invoiceId, open[0].balance, 'Failed', 'Not Settled', '2026-11-21T12:00:00Z', 'Expired card']]);
    const preview = await reconcile.previewFromFile('settled.xlsx', bytes);
    expect(preview.items[0]).toMatchObject({ reference: 'TX-1', status: 'ready', reason: 'payment failed: Expired card', batch: null });
    expect(preview.payments).toBe(0);
  });

  it('refuses in words: another kind of file, a missing column, a missing sheet', async () => {
    const { reconcile } = fileHost();
    await expect(reconcile.previewFromFile('settled.txt', bytesOf('a,b'))).rejects.toThrow('settled.txt is neither an Excel workbook (.xlsx) nor a .csv file.');
    await expect(reconcile.previewFromFile('settled.csv', bytesOf('Reference,Invoice ID\r\nTX-1,INV-1'))).rejects.toThrow(Refusal);
    await expect(reconcile.previewFromFile('settled.csv', bytesOf('Reference,Invoice ID\r\nTX-1,INV-1'))).rejects.toThrow(/^settled\.csv: .*Amount/);
    await expect(reconcile.previewFromSheet('Nope')).rejects.toThrow("This workbook has no sheet 'Nope'.");
  });
});
