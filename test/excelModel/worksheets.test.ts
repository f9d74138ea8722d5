import { createExcelModel } from './excelModel';

const seeded = () => {
  const model = createExcelModel();
  model.addSheet('Members', [['Member ID']]);
  model.addSheet('Runs', [['Run']]);
  return model;
};

describe('workbook.worksheets', () => {
  it('lists sheets in tab order when items/name is loaded', async () => {
    const names = await seeded().run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
    expect(names).toEqual(['Members', 'Runs']);
  });

  it('throws PropertyNotLoaded for items before load and sync', async () => {
    await seeded().run(async (context) => {
      expect(() => context.workbook.worksheets.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('gives item proxies that can be used for ranges in a later sync', async () => {
    const model = seeded();
    await model.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      sheets.items[1].getRange('B1').values = [['x']];
    });
    expect(model.cell('Runs', 0, 1).value).toBe('x');
  });

  it('finds a sheet by name case-insensitively with getItem', async () => {
    const name = await seeded().run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('rUNS').load('name');
      await context.sync();
      return sheet.name;
    });
    expect(name).toBe('Runs');
  });

  it('rejects the sync with ItemAlreadyExists when add is given a taken name in another case', async () => {
    const model = seeded();
    await expect(
      model.run(async (context) => {
        context.workbook.worksheets.add('RUNS');
      }),
    ).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    expect(model.sheetNames()).toEqual(['Members', 'Runs']);
  });

  it('rejects the sync with InvalidArgument when add is given a name Excel refuses', async () => {
    await expect(
      seeded().run(async (context) => {
        context.workbook.worksheets.add('a/b');
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('adds a sheet at the end without activating it', async () => {
    const model = seeded();
    await model.run(async (context) => {
      context.workbook.worksheets.add('Batch 1');
    });
    expect(model.sheetNames()).toEqual(['Members', 'Runs', 'Batch 1']);
    expect(model.activeSheet()).toBe('Members');
  });

  it('deletes a sheet, and refuses to delete the last one with InvalidOperation', async () => {
    const model = seeded();
    await model.run(async (context) => {
      context.workbook.worksheets.getItem('Runs').delete();
    });
    expect(model.sheetNames()).toEqual(['Members']);
    await expect(
      model.run(async (context) => {
        context.workbook.worksheets.getItem('Members').delete();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('fails with ItemNotFound when a proxy is used after its sheet was deleted', async () => {
    const model = seeded();
    await expect(
      model.run(async (context) => {
        const runs = context.workbook.worksheets.getItem('Runs');
        runs.delete();
        await context.sync();
        runs.getRange('A1').values = [['x']];
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('records activate, select and freezeRows when synced', async () => {
    const model = seeded();
    await model.run(async (context) => {
      const runs = context.workbook.worksheets.getItem('Runs');
      runs.activate();
      runs.freezePanes.freezeRows(1);
      context.workbook.worksheets.getItem('Members').getRange('A2:C2').select();
    });
    expect(model.selection()).toEqual({ sheet: 'Members', address: 'A2:C2' });
    expect(model.activeSheet()).toBe('Members');
    expect(model.frozenRows('Runs')).toBe(1);
  });

  it('rejects getRangeByIndexes outside the grid with InvalidArgument at sync, not when called', async () => {
    const model = seeded();
    await model.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Members').getRangeByIndexes(0, 0, 0, 1);
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      expect(range).toBeDefined();
    });
  });
});
