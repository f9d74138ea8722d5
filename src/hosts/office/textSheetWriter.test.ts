import { createExcelModel } from '../../../test/excelModel/excelModel';
import type { ExcelRun } from './excelRun';
import { createTextSheetWriter, uniqueSheetName, validSheetName } from './textSheetWriter';

function modelWithRuns(options: Parameters<typeof createExcelModel>[0] = {}) {
  const model = createExcelModel(options);
  model.addSheet('Runs', [['Run ID'], ['NIGHTLY']]);
  return { model, run: model.run.bind(model) as unknown as ExcelRun };
}

describe('createTextSheetWriter', () => {
  it('adds an active sheet holding every field as text, quotes of neutralised fields kept', async () => {
    const { model, run } = modelWithRuns();
    const name = await createTextSheetWriter(run).addTextSheet('NIGHTLY-invoices-2026-11-21', [
      ['Member ID', 'Name', 'Due', 'Amount'],
      ['M1', `'=HYPERLINK("http://x")`, '2026-11-21', '120'],
      ['Total', '1'],
    ]);
    expect(name).toBe('NIGHTLY-invoices-2026-11-21');
    expect(model.sheetNames()).toEqual(['Runs', 'NIGHTLY-invoices-2026-11-21']);
    expect(model.activeSheet()).toBe(name);
    expect(model.values(name)).toEqual([
      ['Member ID', 'Name', 'Due', 'Amount'],
      ['M1', `'=HYPERLINK("http://x")`, '2026-11-21', '120'],
      ['Total', '1', '', ''],
    ]);
    expect(model.cell(name, 1, 1)).toMatchObject({ formula: null, valueType: 'String', numberFormat: '@' });
    expect(model.cell(name, 1, 3)).toMatchObject({ value: '120', valueType: 'String' });
  });

  it('names the sheet apart from the sheets there, ignoring case', async () => {
    const { model, run } = modelWithRuns();
    const writer = createTextSheetWriter(run);
    expect(await writer.addTextSheet('runs', [['x']])).toBe('runs (2)');
    expect(await writer.addTextSheet('Runs', [['y']])).toBe('Runs (3)');
    expect(model.values('runs (2)')).toEqual([['x']]);
  });

  it('writes a long batch in blocks that keep each request under the payload limit', async () => {
    const { model, run } = modelWithRuns({ payloadLimitBytes: 20_000 });
    const rows = Array.from({ length: 500 }, (_, i) => [`M${i}`, 'Ann Lee', 'ann@example.org']);
    const name = await createTextSheetWriter(run, { payloadBytes: 16_000, cellsPerOperation: 1_000 }).addTextSheet('Big', rows);
    expect(model.values(name)).toHaveLength(500);
    expect(model.values(name)[499]).toEqual(['M499', 'Ann Lee', 'ann@example.org']);
    expect(model.stats.largestRequestBytes).toBeLessThanOrEqual(20_000);
    expect(model.stats.syncs).toBeGreaterThan(3);
  });
});

describe('validSheetName', () => {
  it('replaces the characters Excel refuses, drops end apostrophes and cuts to 31', () => {
    expect(validSheetName("'a/b:c*d?'")).toBe('a-b-c-d-');
    expect(validSheetName('x'.repeat(40))).toHaveLength(31);
    expect(validSheetName("''")).toBe('Sheet');
  });
});

describe('uniqueSheetName', () => {
  it('shortens the name so the suffix fits', () => {
    const long = 'A'.repeat(31);
    expect(uniqueSheetName(long, [long])).toBe(`${'A'.repeat(27)} (2)`);
  });
});
