import { createExcelModel } from './excelModel';

const seeded = () => {
  const model = createExcelModel();
  model.addSheet('Members', [['Member ID']]);
  return model;
};

describe('getItemOrNullObject', () => {
  it('gives isNullObject true after a sync when the sheet does not exist', async () => {
    await seeded().run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject('Runs');
      await context.sync();
      expect(sheet.isNullObject).toBe(true);
    });
  });

  it('gives isNullObject false for an existing sheet, matched case-insensitively', async () => {
    await seeded().run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject('MEMBERS').load('name');
      await context.sync();
      expect([sheet.isNullObject, sheet.name]).toEqual([false, 'Members']);
    });
  });

  it('reads properties of a null object as undefined instead of throwing', async () => {
    await seeded().run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject('Runs').load('name');
      await context.sync();
      expect(sheet.name).toBeUndefined();
    });
  });

  it('makes child proxies of a null object null objects and ignores writes to them', async () => {
    const model = seeded();
    await model.run(async (context) => {
      const range = context.workbook.worksheets.getItemOrNullObject('Runs').getRange('A1');
      range.values = [['ignored']];
      await context.sync();
      expect(range.isNullObject).toBe(true);
    });
    expect(model.sheetNames()).toEqual(['Members']);
  });

  it('does not fail the sync for a missing sheet, unlike getItem', async () => {
    const model = seeded();
    await model.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject('Runs');
    });
    await expect(
      model.run(async (context) => {
        context.workbook.worksheets.getItem('Runs');
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
});
