/**
 * The host's estimate of a write request (src/hosts/office/requestBytes.ts) against what
 * office.js really sends for the same group: never under it (or a group sized on the estimate
 * could pass the limit), and not so far over it that requests are needlessly small.
 */
import { EXCEL_WEB_LIMITS } from '../../src/hosts/office/excelRun';
import { sheetWrites } from '../../src/hosts/office/sheetWrites';
import { writeBlockGroup } from '../../src/hosts/office/writeBlockGroup';
import { groupBlocks, groupRequestBytes, settledBlock, writeBlocks } from '../../src/hosts/office/writeBlocks';
import type { CellWrite } from '../../src/workbook/edit/cellWrite';
import type { OutputCell } from '../../src/workbook/outputGrid';
import { createExcelModel } from '../excelModel/excelModel';
import { AS_OF } from '../office/seedModel';
import { officeJsRun } from './officeJsRun';

jest.setTimeout(60_000);

const sheet = (rows: number, row: (i: number) => OutputCell[]): CellWrite[] =>
  sheetWrites({ name: 'Preview NIGHTLY', rows: Array.from({ length: rows }, (_, i) => row(i)), tableRows: 0, tableColumns: 0, tableName: '' });

const scattered = (rows: number): CellWrite[] =>
  Array.from({ length: rows }, (_, i) => [
    { sheet: 'Invoices', row: 2 + i * 3, column: 9, value: 2 },
    { sheet: 'Invoices', row: 2 + i * 3, column: 10, value: { date: AS_OF } },
    { sheet: 'Members', row: 2 + i * 2, column: 4, value: 'Lapsed' },
  ]).flat();

describe('groupRequestBytes', () => {
  it.each([
    {
      shape: 'a wide sheet of text, numbers and dates',
      writes: sheet(40_000, (i) => [`renew:M${i}`, `Member ${i}`, 120.5, { date: AS_OF }, 'USD', null, true, 'Renewal invoice due']),
    },
    { shape: 'a narrow column of small numbers', writes: sheet(200_000, (i) => [i % 10]) },
    { shape: 'a sheet of short text and blanks', writes: sheet(60_000, (i) => ['a', null, 'b', null, `${i % 7}`, '']) },
    { shape: 'scattered cells on two sheets', writes: scattered(12_000) },
  ])('is at least the real request and at most 15 % over it for $shape', async ({ writes }) => {
    const model = createExcelModel({ payloadLimitBytes: 50_000_000 });
    model.addSheet('Preview NIGHTLY', [['x']]);
    model.addSheet('Invoices', [['x']]);
    model.addSheet('Members', [['x']]);
    const { run, recorder } = officeJsRun(model);
    // Settled as on a sheet where no number cell was `@` (a fresh sheet): the formats sent are the text and date ones.
    const blocks = writeBlocks(writes, false, EXCEL_WEB_LIMITS).map((b) => settledBlock(b, b.formats));
    const groups = groupBlocks(blocks, EXCEL_WEB_LIMITS);
    const compared: { estimate: number; real: number }[] = [];
    await run({ delayForCellEdit: true }, async (context) => {
      for (const group of groups) {
        recorder.reset();
        await writeBlockGroup(context, group);
        compared.push({ estimate: groupRequestBytes(group), real: recorder.largestBytes });
      }
    });
    expect(compared.length).toBeGreaterThan(0);
    for (const { estimate, real } of compared) {
      expect(real).toBeGreaterThan(0);
      expect({ estimate, real, atLeastReal: estimate >= real }).toEqual({ estimate, real, atLeastReal: true });
      expect(estimate / real).toBeLessThanOrEqual(1.15);
    }
  });
});
