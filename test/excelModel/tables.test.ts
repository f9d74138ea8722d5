import { createExcelModel } from './excelModel';

const seeded = () => {
  const model = createExcelModel();
  model.addSheet('Members', [
    ['Member ID', 'Name', ''],
    ['M1', 'Ada', 1],
    ['M2', 'Bo', 2],
  ]);
  return model;
};

describe('tables.add', () => {
  it('creates a table over an address and takes the name set on it', async () => {
    const model = seeded();
    await model.run(async (context) => {
      const table = context.workbook.worksheets.getItem('Members').tables.add('A1:C3', true);
      table.name = 'MembersTable';
    });
    expect(model.tables('Members')).toEqual([{ name: 'MembersTable', address: 'A1:C3' }]);
  });

  it('creates a table over a Range proxy with a default TableN name', async () => {
    const model = seeded();
    await model.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Members');
      sheet.tables.add(sheet.getRangeByIndexes(0, 0, 3, 2), true);
    });
    expect(model.tables('Members')).toEqual([{ name: 'Table1', address: 'A1:B3' }]);
  });

  it('names a blank header ColumnN as Excel does', async () => {
    const model = seeded();
    await model.run(async (context) => {
      context.workbook.worksheets.getItem('Members').tables.add('A1:C3', true);
    });
    expect(model.cell('Members', 0, 2).value).toBe('Column3');
  });

  it('adds a blank data row when the range is only a header row', async () => {
    const model = seeded();
    await model.run(async (context) => {
      context.workbook.worksheets.getItem('Members').tables.add('E1:F1', true);
    });
    expect(model.tables('Members')[0].address).toBe('E1:F2');
  });

  it('rejects with MergedRangeConflict when the new table overlaps another table', async () => {
    const model = seeded();
    await model.run(async (context) => {
      context.workbook.worksheets.getItem('Members').tables.add('A1:B3', true);
    });
    await expect(
      model.run(async (context) => {
        context.workbook.worksheets.getItem('Members').tables.add('B2:C3', true);
      }),
    ).rejects.toMatchObject({ code: 'MergedRangeConflict' });
    expect(model.tables('Members')).toHaveLength(1);
  });

  it('rejects with ItemAlreadyExists when the name is taken by another table', async () => {
    const model = seeded();
    await expect(
      model.run(async (context) => {
        const tables = context.workbook.worksheets.getItem('Members').tables;
        tables.add('A1:A3', true).name = 'T';
        tables.add('B1:B3', true).name = 't';
      }),
    ).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });

  it('rejects with InvalidArgument when the table name has a space', async () => {
    const model = seeded();
    await expect(
      model.run(async (context) => {
        context.workbook.worksheets.getItem('Members').tables.add('A1:C3', true).name = 'Run Log';
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('goes away with its sheet when the sheet is deleted', async () => {
    const model = seeded();
    model.addSheet('Other', []);
    await model.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Members');
      sheet.tables.add('A1:C3', true).name = 'Members';
      await context.sync();
      sheet.delete();
      context.workbook.worksheets.add('Members').tables.add('A1:B2', true).name = 'Members';
    });
    expect(model.tables('Members')).toEqual([{ name: 'Members', address: 'A1:B2' }]);
  });
});
