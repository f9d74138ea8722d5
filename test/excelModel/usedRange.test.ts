import { createExcelModel } from './excelModel';

async function usedAddress(model: ReturnType<typeof createExcelModel>, sheet: string, valuesOnly?: boolean) {
  return model.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(valuesOnly).load('address');
    await context.sync();
    return range.isNullObject ? null : range.address;
  });
}

describe('getUsedRangeOrNullObject', () => {
  it('is a null object on an empty sheet', async () => {
    const model = createExcelModel();
    model.addSheet('Empty', []);
    expect(await usedAddress(model, 'Empty')).toBeNull();
  });

  it('covers exactly the non-blank cells when the data does not start at A1', async () => {
    const model = createExcelModel();
    model.addSheet(
      'S',
      [
        ['a', null],
        [null, 'b'],
      ],
      { firstRow: 3, firstColumn: 2 },
    );
    expect(await usedAddress(model, 'S')).toBe('S!B3:C4');
  });

  it('grows after writes and shrinks after cells are cleared', async () => {
    const model = createExcelModel();
    model.addSheet('S', [['a']]);
    await model.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('D5').values = [['z']];
    });
    expect(await usedAddress(model, 'S')).toBe('S!A1:D5');
    await model.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('D5').values = [['']];
    });
    expect(await usedAddress(model, 'S')).toBe('S!A1');
  });

  it('counts format-only cells unless valuesOnly is true', async () => {
    const model = createExcelModel();
    model.addSheet('S', [['a']], { numberFormats: [[null, null, '@']] });
    expect(await usedAddress(model, 'S')).toBe('S!A1:C1');
    expect(await usedAddress(model, 'S', true)).toBe('S!A1');
  });

  it('is fixed when instantiated, so a write later in the same sync does not move it', async () => {
    const model = createExcelModel();
    model.addSheet('S', [['a']]);
    const address = await model.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      const used = sheet.getUsedRangeOrNullObject();
      sheet.getRange('C3').values = [['c']];
      used.load('address');
      await context.sync();
      return used.address;
    });
    expect(address).toBe('S!A1');
  });

  it('reads the used range values with blanks as empty strings in one load', async () => {
    const model = createExcelModel();
    model.addSheet('S', [
      ['a', null, 'c'],
      [1, 2, null],
    ]);
    const values = await model.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getUsedRangeOrNullObject(true).load('values');
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([
      ['a', '', 'c'],
      [1, 2, ''],
    ]);
  });
});
