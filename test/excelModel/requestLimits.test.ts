import { createExcelModel } from './excelModel';

const rows = (count: number, width: number, text = 'x') => Array.from({ length: count }, (_, r) => Array.from({ length: width }, (_, c) => `${text}${r}-${c}`));

describe('the request payload limit', () => {
  it('rejects an over-size write with RequestPayloadSizeLimitExceeded and applies nothing of that sync', async () => {
    const model = createExcelModel({ payloadLimitBytes: 2_000 });
    model.addSheet('S', [['keep']]);
    await expect(
      model.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('S');
        sheet.getRange('A1').values = [['small write in the same request']];
        sheet.getRangeByIndexes(1, 0, 100, 3).values = rows(100, 3);
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(model.values('S')).toEqual([['keep']]);
    expect(model.stats.requests[0].bytes).toBeGreaterThan(2_000);
  });

  it('accepts the same data when it is split over syncs that each fit', async () => {
    const model = createExcelModel({ payloadLimitBytes: 2_000 });
    model.addSheet('S', [['keep']]);
    const data = rows(100, 3);
    await model.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      for (let start = 0; start < 100; start += 20) {
        sheet.getRangeByIndexes(1 + start, 0, 20, 3).values = data.slice(start, start + 20);
        await context.sync();
      }
    });
    expect(model.values('S')).toHaveLength(101);
    expect(model.stats.largestRequestBytes).toBeLessThanOrEqual(2_000);
  });
});

describe('the response payload limit', () => {
  it('rejects an over-size read with ResponsePayloadSizeLimitExceeded and delivers no values', async () => {
    const model = createExcelModel({ payloadLimitBytes: 2_000 });
    model.addSheet('S', rows(100, 3));
    await model.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getUsedRangeOrNullObject();
      range.load('values');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
    expect(model.stats.largestResponseBytes).toBeGreaterThan(2_000);
  });

  it('counts the loaded data in the response bytes when the read fits', async () => {
    const model = createExcelModel();
    model.addSheet('S', [['abc']]);
    await model.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1').load('values');
    });
    expect(model.stats.requests[0].responseBytes).toBe(JSON.stringify([{ values: [['abc']] }]).length);
  });
});

describe('the cell limit', () => {
  it('rejects a read of more cells than the limit with RangeExceedsLimit', async () => {
    const model = createExcelModel({ cellLimit: 100 });
    model.addSheet('S', rows(11, 10));
    await expect(
      model.run(async (context) => {
        context.workbook.worksheets.getItem('S').getUsedRangeOrNullObject().load('values');
      }),
    ).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
  });

  it('rejects a write of more cells than the limit with RangeExceedsLimit and applies none of it', async () => {
    const model = createExcelModel({ cellLimit: 100 });
    model.addSheet('S', [['keep']]);
    await expect(
      model.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 101, 1).values = rows(101, 1);
      }),
    ).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
    expect(model.values('S')).toEqual([['keep']]);
  });

  it('allows a read of exactly the limit and loading an address of a huge range', async () => {
    const model = createExcelModel({ cellLimit: 100 });
    model.addSheet('S', rows(10, 10));
    await model.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('A1:J10').load('values');
      sheet.getRange('A:C').load('address');
    });
    expect(model.stats.requests[0].cells).toBe(100);
  });

  it('counts cells per sync across range operations', async () => {
    const model = createExcelModel();
    model.addSheet('S', rows(3, 2));
    await model.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1:B3');
      range.load(['values', 'numberFormat']);
      await context.sync();
      range.values = rows(3, 2, 'y');
    });
    expect(model.stats.requests.map((r) => r.cells)).toEqual([12, 6]);
  });
});
