import { createExcelModel } from './excelModel';

const seeded = () => {
  const model = createExcelModel();
  model.addSheet('Members', [
    ['Member ID', 'Fee', 'Active', 'Note'],
    ['M1', 12.5, true, ''],
    ['M2', 40, false, 'late'],
  ]);
  return model;
};

describe('loading a range', () => {
  it('reads values, with blanks as empty strings, when loaded and synced', async () => {
    const values = await seeded().run(async (context) => {
      const range = context.workbook.worksheets.getItem('Members').getRangeByIndexes(0, 0, 3, 4);
      range.load('values');
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([
      ['Member ID', 'Fee', 'Active', 'Note'],
      ['M1', 12.5, true, ''],
      ['M2', 40, false, 'late'],
    ]);
  });

  it('reads address, indexes and sizes when loaded', async () => {
    const shape = await seeded().run(async (context) => {
      const range = context.workbook.worksheets.getItem('Members').getRange('B2:C3');
      range.load(['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
      await context.sync();
      return [range.address, range.rowIndex, range.columnIndex, range.rowCount, range.columnCount];
    });
    expect(shape).toEqual(['Members!B2:C3', 1, 1, 2, 2]);
  });

  it('quotes the sheet name in the address when it has a space', async () => {
    const model = createExcelModel();
    model.addSheet('Run Log', [['x']]);
    const address = await model.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Run Log').getRange('A1');
      range.load('address');
      await context.sync();
      return range.address;
    });
    expect(address).toBe("'Run Log'!A1");
  });

  it('reads General as the number format of unformatted cells and the format set otherwise', async () => {
    const model = createExcelModel();
    model.addSheet('S', [[46347, 'x']], { numberFormats: [['yyyy-mm-dd']] });
    const formats = await model.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1:B1').load('numberFormat');
      await context.sync();
      return range.numberFormat;
    });
    expect(formats).toEqual([['yyyy-mm-dd', 'General']]);
  });
});

describe('writing a range', () => {
  it('changes nothing in the workbook before sync and applies the write at sync', async () => {
    const model = seeded();
    await model.run(async (context) => {
      context.workbook.worksheets.getItem('Members').getRange('A2:B2').values = [['M9', 99]];
      await Promise.resolve();
      expect(model.cell('Members', 1, 0).value).toBe('M1');
      await context.sync();
      expect(model.cell('Members', 1, 0).value).toBe('M9');
      expect(model.cell('Members', 1, 1).value).toBe(99);
    });
  });

  it('returns the array just set when the property is read back before sync, as Office.js does', async () => {
    await seeded().run(async (context) => {
      const range = context.workbook.worksheets.getItem('Members').getRange('A2');
      range.values = [['M7']];
      expect(range.values).toEqual([['M7']]);
    });
  });

  it('leaves a cell unchanged when its value is null and clears it when it is an empty string', async () => {
    const model = seeded();
    await model.run(async (context) => {
      context.workbook.worksheets.getItem('Members').getRange('A3:D3').values = [[null, '', null, 'paid']];
    });
    expect(model.values('Members')[2]).toEqual(['M2', '', false, 'paid']);
  });

  it('rejects the sync with InvalidArgument and writes nothing when the array does not fit the range', async () => {
    const model = seeded();
    await expect(
      model.run(async (context) => {
        context.workbook.worksheets.getItem('Members').getRange('A2:B3').values = [
          ['a', 'b', 'c'],
          ['d', 'e', 'f'],
        ];
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(model.cell('Members', 1, 0).value).toBe('M1');
  });

  it('rejects the sync with InvalidArgument when a row is short', async () => {
    const model = seeded();
    await expect(
      model.run(async (context) => {
        context.workbook.worksheets.getItem('Members').getRange('A2:B3').values = [['a', 'b'], ['c']];
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('sends the array as it is at sync time when the caller changes it after setting', async () => {
    const model = seeded();
    await model.run(async (context) => {
      const row = ['first'];
      context.workbook.worksheets.getItem('Members').getRange('D2').values = [row];
      row[0] = 'changed';
    });
    expect(model.cell('Members', 1, 3).value).toBe('changed');
  });

  it('writes number formats as a 2-D array and keeps existing values', async () => {
    const model = seeded();
    await model.run(async (context) => {
      context.workbook.worksheets.getItem('Members').getRange('B2:B3').numberFormat = [['0.00'], ['0.00']];
    });
    expect(model.cell('Members', 1, 1)).toMatchObject({ value: 12.5, numberFormat: '0.00' });
  });
});
