import { createExcelModel } from './excelModel';

describe('an error cell', () => {
  it('reads its error text in values and Error in valueTypes when seeded with { error }', async () => {
    const model = createExcelModel();
    model.addSheet('S', [['M1', { error: '#N/A' }, 3, true, null]]);
    const [values, types] = await model.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1:E1').load(['values', 'valueTypes']);
      await context.sync();
      return [range.values, range.valueTypes];
    });
    expect(values).toEqual([['M1', '#N/A', 3, true, '']]);
    expect(types).toEqual([['String', 'Error', 'Double', 'Boolean', 'Empty']]);
  });

  it('is told apart from the same text in a String cell only by valueTypes', async () => {
    const model = createExcelModel();
    model.addSheet('S', [[{ error: '#N/A' }, '#N/A']], { numberFormats: [[null, '@']] });
    expect([model.cell('S', 0, 0).valueType, model.cell('S', 0, 1).valueType]).toEqual(['Error', 'String']);
    expect(model.cell('S', 0, 0).value).toBe(model.cell('S', 0, 1).value);
  });

  it('keeps a seeded formula with its given value', () => {
    const model = createExcelModel();
    model.addSheet('S', [[{ formula: '=1+1', value: 2 }]]);
    expect(model.cell('S', 0, 0)).toMatchObject({ value: 2, formula: '=1+1', valueType: 'Double' });
  });
});
