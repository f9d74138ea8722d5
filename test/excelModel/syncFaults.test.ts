import { createExcelModel, ExcelModel } from './excelModel';
import type { ModelRequestContext } from './requestContext';

const CHUNKS = 4;

/** A write in four syncs of one row each, the shape of a chunked host write. */
async function writeInChunks(context: ModelRequestContext): Promise<void> {
  const sheet = context.workbook.worksheets.getItem('Out');
  for (let chunk = 0; chunk < CHUNKS; chunk++) {
    sheet.getRangeByIndexes(chunk, 0, 1, 2).values = [[`row${chunk}`, chunk]];
    await context.sync();
  }
}

const fresh = (): ExcelModel => {
  const model = createExcelModel();
  model.addSheet('Out', []);
  return model;
};

const writtenRows = (model: ExcelModel) => model.values('Out').map((row) => row[0]);

describe('failAtSync', () => {
  it.each(Array.from({ length: CHUNKS }, (_, i) => i + 1))('rejects sync %i with ConnectionFailure and applies nothing of it when armed for it', async (n) => {
    const model = fresh();
    model.failAtSync(n);
    await expect(model.run(writeInChunks)).rejects.toMatchObject({ code: 'ConnectionFailure' });
    expect(writtenRows(model)).toEqual(Array.from({ length: n - 1 }, (_, i) => `row${i}`));
    expect(model.stats.syncs).toBe(n);
  });

  it('counts from the moment it is armed when syncs have already happened', async () => {
    const model = fresh();
    await model.run(writeInChunks);
    model.failAtSync(1);
    await expect(
      model.run(async (context) => {
        context.workbook.worksheets.getItem('Out').getRange('C1').values = [['late']];
      }),
    ).rejects.toMatchObject({ code: 'ConnectionFailure' });
    expect(model.cell('Out', 0, 2).value).toBe('');
  });

  it('lets the following sync succeed when the failed one is retried', async () => {
    const model = fresh();
    model.failAtSync(1);
    await model.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Out').getRange('A1');
      range.values = [['first try']];
      await expect(context.sync()).rejects.toMatchObject({ code: 'ConnectionFailure' });
      range.values = [['second try']];
    });
    expect(model.cell('Out', 0, 0).value).toBe('second try');
  });
});

describe('failAfterApplyingSync', () => {
  it.each(Array.from({ length: CHUNKS }, (_, i) => i + 1))('applies sync %i and then rejects with ConnectionFailure when armed for it', async (n) => {
    const model = fresh();
    model.failAfterApplyingSync(n);
    await expect(model.run(writeInChunks)).rejects.toMatchObject({ code: 'ConnectionFailure' });
    expect(writtenRows(model)).toEqual(Array.from({ length: n }, (_, i) => `row${i}`));
  });

  it('delivers no loaded values when the response is lost', async () => {
    const model = fresh();
    model.failAfterApplyingSync(1);
    await model.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Out').getRange('A1').load('values');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ConnectionFailure' });
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });
});

describe('an operation that fails inside a request', () => {
  it('keeps the operations before it applied and skips the ones after, as Excel does not roll back', async () => {
    const model = fresh();
    await expect(
      model.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.getItem('Out').getRange('A1').values = [['before']];
        sheets.getItem('Missing').getRange('A1').values = [['lost']];
        sheets.getItem('Out').getRange('A2').values = [['after']];
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(writtenRows(model)).toEqual(['before']);
  });
});
