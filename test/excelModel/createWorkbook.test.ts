import * as XLSX from 'xlsx';
import { createExcelModel, isModelError } from './excelModel';
import { ModelRequirements } from './requirements';

/** Base64 of a real one-sheet .xlsx. */
function xlsxBase64(): string {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([['Member ID'], ['M1']]), 'Invoices');
  return XLSX.write(workbook, { type: 'base64', bookType: 'xlsx' }) as string;
}

describe('createWorkbook', () => {
  it('records the workbook and its bytes when given base64 of an .xlsx', async () => {
    const model = createExcelModel();
    const base64 = xlsxBase64();
    await model.createWorkbook(base64);
    expect(model.createdWorkbooks).toHaveLength(1);
    const opened = XLSX.read(model.createdWorkbooks[0].bytes, { type: 'array' });
    expect(opened.SheetNames).toEqual(['Invoices']);
    expect(model.createdWorkbooks[0].base64).toBe(base64);
  });

  it('opens a blank workbook when given nothing', async () => {
    const model = createExcelModel();
    await model.createWorkbook();
    expect(model.createdWorkbooks).toEqual([{ base64: null, bytes: null }]);
  });

  it('counts one round trip of its own when called outside any run', async () => {
    const model = createExcelModel();
    await model.createWorkbook(xlsxBase64());
    expect(model.stats.syncs).toBe(1);
    expect(model.stats.requests[0].bytes).toBeGreaterThan(xlsxBase64().length);
  });

  it.each([
    ['a data: URL', `data:application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;base64,${xlsxBase64()}`],
    ['text with a line break', `${xlsxBase64().slice(0, 76)}\n${xlsxBase64().slice(76)}`],
    ['a cut-off text', xlsxBase64().slice(0, -1)],
    ['base64 of CSV text', Buffer.from('Member ID\r\nM1\r\n').toString('base64')],
    ['an empty text', ''],
  ])('rejects with InvalidArgument and opens nothing when given %s', async (_what, text) => {
    const model = createExcelModel();
    const error = await model.createWorkbook(text).catch((e: unknown) => e);
    expect(isModelError(error, 'InvalidArgument')).toBe(true);
    expect(model.createdWorkbooks).toEqual([]);
  });

  it('rejects with RequestPayloadSizeLimitExceeded when the file is over the payload limit', async () => {
    const model = createExcelModel({ payloadLimitBytes: 1000 });
    await expect(model.createWorkbook(xlsxBase64())).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(model.createdWorkbooks).toEqual([]);
  });

  it('throws ApiNotFound at once when the Excel has no ExcelApi 1.8', () => {
    const model = createExcelModel({ excelApi: '1.7' });
    expect(() => model.createWorkbook(xlsxBase64())).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
  });

  it('applies nothing when a dropped request fails the round trip', async () => {
    const model = createExcelModel();
    model.failAtSync(1);
    await expect(model.createWorkbook(xlsxBase64())).rejects.toMatchObject({ code: 'ConnectionFailure' });
    expect(model.createdWorkbooks).toEqual([]);
  });
});

describe('ModelRequirements', () => {
  it('compares versions part by part when asked about ExcelApi', () => {
    const requirements = new ModelRequirements('1.10');
    expect(requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(requirements.isSetSupported('ExcelApi', '1.10')).toBe(true);
    expect(requirements.isSetSupported('ExcelApi', '1.11')).toBe(false);
    expect(requirements.isSetSupported('ExcelApi')).toBe(true);
  });

  it('supports no other requirement set when asked', () => {
    expect(new ModelRequirements('1.8').isSetSupported('WordApi', '1.1')).toBe(false);
  });
});
