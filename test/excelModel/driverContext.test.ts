/**
 * What the office.js harness (test/officeJs) needs of the model: a context it syncs itself, the
 * payload limit judged on the bytes it says were really sent, and the Range methods office.js
 * calls when it splits a large write into row chunks.
 */
import { createExcelModel } from './excelModel';

describe('a driver’s context (openContext)', () => {
  it('judges the request limit on the sent bytes when given, and records both counts', async () => {
    const model = createExcelModel({ payloadLimitBytes: 1_000 });
    model.addSheet('S', [['keep']]);
    const context = model.openContext();
    context.workbook.worksheets.getItem('S').getRange('A1').values = [['small']];
    await expect(context.sync(1_001)).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(model.values('S')).toEqual([['keep']]);
    context.workbook.worksheets.getItem('S').getRange('A1').values = [['small']];
    await context.sync(1_000);
    expect(model.values('S')).toEqual([['small']]);
    expect(model.stats.requests.map((r) => r.sentBytes)).toEqual([1_001, 1_000]);
    expect(model.stats.requests[1].bytes).toBeLessThan(1_000);
  });

  it('without sent bytes, judges the model’s own serialisation as before', async () => {
    const model = createExcelModel({ payloadLimitBytes: 100 });
    model.addSheet('S', [['keep']]);
    const context = model.openContext();
    context.workbook.worksheets.getItem('S').getRange('A1').values = [['x'.repeat(200)]];
    await expect(context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(model.stats.requests[0].sentBytes).toBeUndefined();
  });
});

describe('Range.getRow and Range.getBoundingRect', () => {
  it('address a row chunk of a range, as office.js’s bulk write does', async () => {
    const model = createExcelModel();
    model.addSheet('S', [['a']]);
    await model.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRangeByIndexes(2, 1, 10, 2);
      const chunk = range.getRow(3).getBoundingRect(range.getRow(5));
      chunk.values = [
        [1, 2],
        [3, 4],
        [5, 6],
      ];
      chunk.load('address');
      await context.sync();
      expect(chunk.address).toBe('S!B6:C8');
    });
    expect(model.cell('S', 5, 1).value).toBe(1);
    expect(model.cell('S', 7, 2).value).toBe(6);
  });

  it('refuse a row outside the range at sync', async () => {
    const model = createExcelModel();
    model.addSheet('S', [['a']]);
    await expect(
      model.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 2, 2).getRow(2).values = [[1, 2]];
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
