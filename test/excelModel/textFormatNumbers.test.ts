import { createExcelModel } from './excelModel';

const withTextCells = () => {
  const model = createExcelModel();
  model.addSheet(
    'Invoices',
    [
      ['Notices Sent', 'Paid'],
      ['x', 'x'],
    ],
    {
      numberFormats: [
        [null, null],
        ['@', '@'],
      ],
    },
  );
  return model;
};

describe('writing a number or boolean into a cell formatted "@"', () => {
  it('keeps it as text, as a value typed into a Text cell is kept, when the cell stays "@"', async () => {
    const model = withTextCells();
    await model.run(async (context) => {
      context.workbook.worksheets.getItem('Invoices').getRange('A2:B2').values = [[2, true]];
    });
    expect(model.cell('Invoices', 1, 0)).toMatchObject({ value: '2', numberFormat: '@', valueType: 'String' });
    expect(model.cell('Invoices', 1, 1)).toMatchObject({ value: 'TRUE', valueType: 'String' });
  });

  it('stores a number when the format is set back to General before the value in the same sync', async () => {
    const model = withTextCells();
    await model.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Invoices').getRange('A2:B2');
      range.numberFormat = [['General', 'General']];
      range.values = [[2, true]];
    });
    expect(model.cell('Invoices', 1, 0)).toMatchObject({ value: 2, numberFormat: 'General', valueType: 'Double' });
    expect(model.cell('Invoices', 1, 1)).toMatchObject({ value: true, valueType: 'Boolean' });
  });
});
