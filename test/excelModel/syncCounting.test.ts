import { createExcelModel, ModelRequestContext } from './excelModel';

const seeded = () => {
  const model = createExcelModel();
  model.addSheet('S', [['a']]);
  return model;
};

describe('stats.syncs', () => {
  it('counts every explicit sync that sends something', async () => {
    const model = seeded();
    await model.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1').load('values');
      await context.sync();
      range.values = [['b']];
      await context.sync();
    });
    expect(model.stats.syncs).toBe(2);
  });

  it('counts the final sync of run when operations are still queued', async () => {
    const model = seeded();
    await model.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1').load('values');
      await context.sync();
      range.values = [['b']];
    });
    expect(model.stats.syncs).toBe(2);
    expect(model.cell('S', 0, 0).value).toBe('b');
  });

  it('does not count a sync with nothing queued, as Office.js sends no request', async () => {
    const model = seeded();
    await model.run(async (context) => {
      await context.sync();
      await context.sync();
    });
    expect(model.stats.syncs).toBe(0);
  });

  it('counts a sync whose only work is creating proxies, as Office.js instantiates them', async () => {
    const model = seeded();
    await model.run(async (context) => {
      context.workbook.worksheets.getItem('S');
    });
    expect(model.stats.syncs).toBe(1);
  });

  it('discards the queue and makes no final sync when the batch throws', async () => {
    const model = seeded();
    await expect(
      model.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1').values = [['b']];
        throw new Error('host bug');
      }),
    ).rejects.toThrow('host bug');
    expect(model.stats.syncs).toBe(0);
    expect(model.cell('S', 0, 0).value).toBe('a');
  });

  it('sends nothing when a context kept from a batch that threw is synced later', async () => {
    const model = seeded();
    let kept: ModelRequestContext | undefined;
    await expect(
      model.run(async (context) => {
        kept = context;
        context.workbook.worksheets.getItem('S').getRange('A1').values = [['b']];
        throw new Error('host bug');
      }),
    ).rejects.toThrow('host bug');
    await kept?.sync();
    expect(model.cell('S', 0, 0).value).toBe('a');
  });

  it('records one request entry per sync and starts again after resetStats', async () => {
    const model = seeded();
    await model.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1').load('values');
      await context.sync();
      context.application.suspendApiCalculationUntilNextSync();
    });
    expect(model.stats).toMatchObject({ syncs: 2, suspendedCalculation: 1 });
    expect(model.stats.requests).toHaveLength(2);
    model.resetStats();
    expect(model.stats).toEqual({ syncs: 0, requests: [], largestRequestBytes: 0, largestResponseBytes: 0, suspendedCalculation: 0 });
  });

  it('returns the batch result from run after the final sync', async () => {
    const result = await seeded().run(async () => 42);
    expect(result).toBe(42);
  });
});
