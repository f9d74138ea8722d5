import { createExcelModel, type ModelRequestContext } from './excelModel';
import { isModelError } from './modelError';

const readA1 = async (context: ModelRequestContext): Promise<unknown> => {
  const range = context.workbook.worksheets.getItem('S').getRange('A1');
  range.load('values');
  await context.sync();
  return range.values[0][0];
};

describe('CellEditMode', () => {
  it('fails a batch at once with InvalidOperationInCellEditMode when the user edits a cell and the batch has no delayForCellEdit', async () => {
    const model = createExcelModel();
    model.addSheet('S', [['x']]);
    model.cellEdit.begin();
    const error = await model.run(readA1).catch((e: unknown) => e);
    expect(isModelError(error) && error.code).toBe('InvalidOperationInCellEditMode');
    const explicit = await model.run({ delayForCellEdit: false }, readA1).catch((e: unknown) => e);
    expect(isModelError(explicit) && explicit.code).toBe('InvalidOperationInCellEditMode');
  });

  it('holds a batch with delayForCellEdit until the user leaves the cell, then runs it', async () => {
    const model = createExcelModel();
    model.addSheet('S', [['x']]);
    model.cellEdit.begin();
    let done = false;
    const pending = model.run({ delayForCellEdit: true }, readA1).then((v) => ((done = true), v));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(done).toBe(false);
    model.cellEdit.end();
    await expect(pending).resolves.toBe('x');
    expect(model.cellEdit.delayedBatches).toBe(1);
  });

  it('runs every batch at once outside cell edit, with or without the option', async () => {
    const model = createExcelModel();
    model.addSheet('S', [['x']]);
    await expect(model.run(readA1)).resolves.toBe('x');
    await expect(model.run({ delayForCellEdit: true }, readA1)).resolves.toBe('x');
    expect(model.cellEdit.delayedBatches).toBe(0);
  });
});
