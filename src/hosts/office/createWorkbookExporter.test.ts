import * as XLSX from 'xlsx';
import { createExcelModel } from '../../../test/excelModel/excelModel';
import { createOfficeWorkbookExporter } from './createOfficeHost';
import { createWorkbookExporter } from './createWorkbookExporter';

/** A real one-sheet .xlsx file. */
function xlsxBytes(): Uint8Array {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    workbook,
    XLSX.utils.aoa_to_sheet([
      ['Member ID', 'Amount'],
      ['M1', 120],
    ]),
    'Invoices',
  );
  return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('createWorkbookExporter', () => {
  it('returns null when Excel does not support ExcelApi 1.8', () => {
    const model = createExcelModel({ excelApi: '1.7' });
    expect(createWorkbookExporter({ excel: model, requirements: model.requirements })).toBeNull();
  });

  it('asks for ExcelApi 1.8 exactly when deciding', () => {
    const requirements = { isSetSupported: jest.fn(() => false) };
    createWorkbookExporter({ excel: { createWorkbook: jest.fn() }, requirements });
    expect(requirements.isSetSupported).toHaveBeenCalledWith('ExcelApi', '1.8');
  });

  it('opens the bytes as a new workbook through Excel.createWorkbook when 1.8 is supported', async () => {
    const model = createExcelModel({ excelApi: '1.8' });
    const exporter = createWorkbookExporter({ excel: model, requirements: model.requirements });
    const bytes = xlsxBytes();
    await exporter?.openAsNewWorkbook(bytes);
    expect(model.createdWorkbooks).toHaveLength(1);
    expect(model.createdWorkbooks[0].base64).toBe(Buffer.from(bytes).toString('base64'));
    const opened = XLSX.read(model.createdWorkbooks[0].base64 as string, { type: 'base64' });
    expect(XLSX.utils.sheet_to_json(opened.Sheets.Invoices)).toEqual([{ 'Member ID': 'M1', Amount: 120 }]);
    expect(model.stats.syncs).toBe(1);
  });

  it.each([
    [undefined, 'window'],
    ['windows', 'window'],
    ['mac', 'macWindow'],
    ['web', 'browserTab'],
  ] as const)('says where new workbooks show up on %s: %s', (platform, place) => {
    const model = createExcelModel();
    expect(createWorkbookExporter({ excel: model, requirements: model.requirements, platform })?.opensIn).toBe(place);
  });

  it('rejects with Excel’s error when Excel refuses the file', async () => {
    const model = createExcelModel();
    const exporter = createWorkbookExporter({ excel: model, requirements: model.requirements });
    await expect(exporter?.openAsNewWorkbook(new TextEncoder().encode('Member ID,Amount\r\n'))).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(model.createdWorkbooks).toEqual([]);
  });

  it('rejects, not throws, when office.js throws at once', async () => {
    const excel = {
      createWorkbook: () => {
        throw new Error('ApiNotFound');
      },
    };
    const exporter = createWorkbookExporter({ excel, requirements: { isSetSupported: () => true } });
    const call = exporter?.openAsNewWorkbook(xlsxBytes());
    await expect(call).rejects.toThrow('ApiNotFound');
  });
});

describe('createOfficeWorkbookExporter', () => {
  const globals = globalThis as unknown as Record<string, unknown>;
  afterEach(() => {
    delete globals.Excel;
    delete globals.Office;
  });

  it('uses the Excel and Office globals when office.js has loaded them', async () => {
    const model = createExcelModel();
    globals.Excel = model;
    globals.Office = { context: { requirements: model.requirements } };
    await createOfficeWorkbookExporter()?.openAsNewWorkbook(xlsxBytes());
    expect(model.createdWorkbooks).toHaveLength(1);
  });

  it('returns null when the Office requirements lack ExcelApi 1.8', () => {
    const model = createExcelModel({ excelApi: '1.7' });
    globals.Excel = model;
    globals.Office = { context: { requirements: model.requirements } };
    expect(createOfficeWorkbookExporter()).toBeNull();
  });
});
