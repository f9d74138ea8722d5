import * as XLSX from 'xlsx';
import { isoDate } from '../../engine/dates/isoDate';
import { XlsxWorkbookHost } from '../../hosts/file/xlsxWorkbookHost';
import { dateToSerial } from '../cells/excelSerial';
import { DATE_FORMAT } from '../outputGrid';
import { batchTable } from '../batches/batchTable';
import { sampleBatches } from '../batches/testing/sampleBatches';
import { batchesXlsx, batchXlsx } from './batchXlsx';

function readBack(kind: 'invoices' | 'activations') {
  const bytes = batchXlsx(batchTable(kind, sampleBatches()), XlsxWorkbookHost.empty());
  const wb = XLSX.read(bytes, { type: 'array', dense: true, cellNF: true });
  return { names: wb.SheetNames, rows: (wb.Sheets[wb.SheetNames[0]]['!data'] ?? []) as XLSX.CellObject[][] };
}

describe('batchXlsx', () => {
  it('writes one sheet named after the kind when given a batch', () => {
    expect(readBack('invoices').names).toEqual(['Invoices']);
  });

  it('writes the header, the rows with real dates in a date format, and the totals row', () => {
    const { rows } = readBack('invoices');
    expect(rows.map((r) => r[0]?.v)).toEqual(['Member ID', 'M1', 'M3', 'Total']);
    const billDate = rows[1][6];
    expect([billDate.t, billDate.v, billDate.z]).toEqual(['n', dateToSerial(isoDate('2026-11-21'), false), DATE_FORMAT]);
    expect(rows[2][10].v).toBe(95.5);
    expect([rows[3][1].v, rows[3][10].v]).toEqual([2, 215.5]);
  });

  it('keeps text that looks like a formula as text, never a formula, when written', () => {
    const batches = sampleBatches();
    batches.activations[0].name = '=1+1';
    const bytes = batchXlsx(batchTable('activations', batches), XlsxWorkbookHost.empty());
    const cell = XLSX.read(bytes, { type: 'array', dense: true }).Sheets.Activations['!data']?.[1]?.[1];
    expect([cell?.t, cell?.v, cell?.f]).toEqual(['s', '=1+1', undefined]);
  });

  it('writes the row count only in the totals row when the kind has no amounts', () => {
    expect(
      readBack('activations')
        .rows.at(-1)
        ?.slice(0, 2)
        .map((c) => c.v),
    ).toEqual(['Total', 1]);
  });
});

describe('batchesXlsx', () => {
  it('writes one sheet per batch, in the order given, each with its rows and totals', () => {
    const batches = sampleBatches();
    const bytes = batchesXlsx([batchTable('invoices', batches), batchTable('activations', batches)], XlsxWorkbookHost.empty());
    const wb = XLSX.read(bytes, { type: 'array', dense: true });
    expect(wb.SheetNames).toEqual(['Invoices', 'Activations']);
    const invoices = (wb.Sheets.Invoices['!data'] ?? []) as XLSX.CellObject[][];
    expect(invoices.at(-1)?.map((c) => c?.v)).toEqual([
      'Total',
      2,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      215.5,
      'USD',
    ]);
    const activations = (wb.Sheets.Activations['!data'] ?? []) as XLSX.CellObject[][];
    expect(activations.map((r) => r[0]?.v)).toEqual(['Member ID', expect.any(String), 'Total']);
  });

  it('throws when given no batch', () => {
    expect(() => batchesXlsx([], XlsxWorkbookHost.empty())).toThrow(/no batch/);
  });
});
