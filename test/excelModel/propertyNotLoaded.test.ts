import { createExcelModel } from './excelModel';
import { isModelError } from './modelError';

const seeded = () => {
  const model = createExcelModel();
  model.addSheet('Members', [
    ['Member ID', 'Name'],
    ['M1', 'Ada'],
  ]);
  return model;
};

/** Runs `read` and returns the error code it throws, or 'no error'. */
function codeOf(read: () => unknown): string {
  try {
    read();
    return 'no error';
  } catch (error) {
    return isModelError(error) ? error.code : String(error);
  }
}

describe('reading a proxy property', () => {
  it('throws PropertyNotLoaded when nothing was loaded', async () => {
    await seeded().run(async (context) => {
      const range = context.workbook.worksheets.getItem('Members').getRange('A1:B2');
      await context.sync();
      expect(codeOf(() => range.values)).toBe('PropertyNotLoaded');
      expect(codeOf(() => range.address)).toBe('PropertyNotLoaded');
    });
  });

  it('throws PropertyNotLoaded when loaded but not yet synced', async () => {
    await seeded().run(async (context) => {
      const range = context.workbook.worksheets.getItem('Members').getRange('A1:B2');
      range.load('values');
      expect(codeOf(() => range.values)).toBe('PropertyNotLoaded');
      await context.sync();
      expect(codeOf(() => range.values)).toBe('no error');
    });
  });

  it('throws PropertyNotLoaded for a property other than the one loaded', async () => {
    await seeded().run(async (context) => {
      const range = context.workbook.worksheets.getItem('Members').getRange('A1:B2');
      range.load('values');
      await context.sync();
      expect(codeOf(() => range.numberFormat)).toBe('PropertyNotLoaded');
      expect(codeOf(() => range.valueTypes)).toBe('PropertyNotLoaded');
    });
  });

  it('names the property in the message when it throws', async () => {
    await seeded().run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Members');
      expect(() => sheet.name).toThrow("The property 'name' is not available");
    });
  });

  it('throws PropertyNotLoaded for isNullObject before the first sync', async () => {
    await seeded().run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject('Members');
      expect(codeOf(() => sheet.isNullObject)).toBe('PropertyNotLoaded');
    });
  });

  it('accepts the load forms Office.js accepts when given a string list, an array, { select } or { property: true }', async () => {
    await seeded().run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Members');
      const a = sheet.getRange('A1').load('values, address');
      const b = sheet.getRange('A1').load(['values', 'address']);
      const c = sheet.getRange('A1').load({ select: 'values,address' });
      const d = sheet.getRange('A1').load({ values: true, address: true, numberFormat: false });
      await context.sync();
      expect(() => d.numberFormat).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      for (const range of [a, b, c, d]) expect([range.values, range.address]).toEqual([[['Member ID']], 'Members!A1']);
    });
  });

  it('rejects the sync with InvalidArgument when a load names an unknown property', async () => {
    await seeded().run(async (context) => {
      context.workbook.worksheets.getItem('Members').getRange('A1').load('valuez');
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  });
});
