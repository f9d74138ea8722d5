import { createExcelModel, ExcelModelOptions } from './excelModel';

const modelWithSheet = (options?: ExcelModelOptions) => {
  const model = createExcelModel(options);
  model.addSheet('Members', [['Name']]);
  return model;
};

describe('writing text that begins with =', () => {
  it('creates a formula, read back as #NAME?, when the cell is General', async () => {
    const model = modelWithSheet();
    await model.run(async (context) => {
      context.workbook.worksheets.getItem('Members').getRange('A2').values = [['=HYPERLINK("http://x")']];
    });
    expect(model.cell('Members', 1, 0)).toEqual({ value: '#NAME?', formula: '=HYPERLINK("http://x")', numberFormat: 'General', valueType: 'Error' });
  });

  it('stays text when "@" is queued before the values in the same sync', async () => {
    const model = modelWithSheet();
    await model.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Members').getRange('A2');
      range.numberFormat = [['@']];
      range.values = [['=1+1']];
    });
    expect(model.cell('Members', 1, 0)).toEqual({ value: '=1+1', formula: null, numberFormat: '@', valueType: 'String' });
  });

  it('still becomes a formula when "@" is queued after the values in the same sync', async () => {
    const model = modelWithSheet();
    await model.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Members').getRange('A2');
      range.values = [['=1+1']];
      range.numberFormat = [['@']];
    });
    expect(model.cell('Members', 1, 0).formula).toBe('=1+1');
  });

  it('stays text when "@" was set in a previous sync', async () => {
    const model = modelWithSheet();
    await model.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Members').getRange('A2');
      range.numberFormat = [['@']];
      await context.sync();
      range.values = [['=cmd|calc']];
    });
    expect(model.cell('Members', 1, 0)).toMatchObject({ value: '=cmd|calc', formula: null });
  });
});

describe('writing other text into a General cell', () => {
  it.each([
    ['+A1', '=+A1'],
    ['-x', '=-x'],
    ['@SUM(A1)', '=@SUM(A1)'],
  ])('makes %s a formula, as Range.values documents for + and -', async (text, formula) => {
    const model = modelWithSheet();
    await model.run(async (context) => {
      context.workbook.worksheets.getItem('Members').getRange('A2').values = [[text]];
    });
    expect(model.cell('Members', 1, 0).formula).toBe(formula);
  });

  it.each<[string, unknown, string]>([
    ['00123', 123, 'Double'],
    ['-5', -5, 'Double'],
    ['TRUE', true, 'Boolean'],
    ['#N/A', '#N/A', 'Error'],
    ['2026-11-21', 46347, 'Double'],
    ['-', '-', 'String'],
    ['2026-02-30', '2026-02-30', 'String'],
  ])('reads %s back as %p (%s), as typed input would be', async (text, value, valueType) => {
    const model = modelWithSheet();
    await model.run(async (context) => {
      context.workbook.worksheets.getItem('Members').getRange('A2').values = [[text]];
    });
    expect(model.cell('Members', 1, 0)).toMatchObject({ value, valueType });
  });

  it.each([
    ["'=1+1", '=1+1'],
    ["''=1+1", "'=1+1"],
    ["'00123", '00123'],
  ])('takes the leading apostrophe of %s as the quote prefix: %s is the text', async (text, value) => {
    const model = modelWithSheet();
    await model.run(async (context) => {
      context.workbook.worksheets.getItem('Members').getRange('A2').values = [[text]];
    });
    expect(model.cell('Members', 1, 0)).toMatchObject({ value, valueType: 'String' });
  });

  it('gives an ISO date a date format when the cell was General', async () => {
    const model = modelWithSheet();
    await model.run(async (context) => {
      context.workbook.worksheets.getItem('Members').getRange('A2').values = [['2026-11-21']];
    });
    expect(model.cell('Members', 1, 0).numberFormat).toBe('yyyy-mm-dd');
  });

  it('keeps leading zeros when the cell is formatted as text', async () => {
    const model = modelWithSheet();
    await model.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Members').getRange('A2');
      range.numberFormat = [['@']];
      range.values = [['00123']];
    });
    expect(model.cell('Members', 1, 0).value).toBe('00123');
  });

  it('keeps number text as text when coerceText is off, but still makes = a formula', async () => {
    const model = modelWithSheet({ coerceText: false });
    await model.run(async (context) => {
      context.workbook.worksheets.getItem('Members').getRange('A2:A3').values = [['00123'], ['=A1']];
    });
    expect(model.cell('Members', 1, 0).value).toBe('00123');
    expect(model.cell('Members', 2, 0).formula).toBe('=A1');
  });
});
