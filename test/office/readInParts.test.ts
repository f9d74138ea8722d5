import type { Cell } from '../../src/workbook/sheetGrid';
import { OfficeWorkbookHost } from '../../src/hosts/office/officeWorkbookHost';
import { runOf, sampleModel } from './seedModel';

describe('OfficeWorkbookHost.readWorkbookInParts', () => {
  it('hands every sync’s rows on in order and keeps none, when a read needs several syncs', async () => {
    const limits = { payloadBytes: 40_000, cellsPerOperation: 5000 };
    const whole = await new OfficeWorkbookHost(runOf(sampleModel(600)), limits).readWorkbook();
    const received = new Map<number, Cell[][]>();
    let parts = 0;
    const outline = await new OfficeWorkbookHost(runOf(sampleModel(600)), limits).readWorkbookInParts((sheet, rows) => {
      parts++;
      received.set(sheet, [...(received.get(sheet) ?? []), ...rows]);
    });
    expect(parts).toBeGreaterThan(whole.sheets.length);
    expect(outline.sheets.map((s) => s.cells.length)).toEqual(whole.sheets.map(() => 0));
    expect(outline.sheets.map((s) => [s.name, s.firstRow, s.firstColumn])).toEqual(whole.sheets.map((s) => [s.name, s.firstRow, s.firstColumn]));
    whole.sheets.forEach((sheet, i) => expect(received.get(i) ?? []).toEqual(sheet.cells));
  });
});
