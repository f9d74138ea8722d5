import { isoDate } from '../../src/engine/dates/isoDate';
import type { ExcelRun } from '../../src/hosts/office/excelRun';
import { dateToSerial } from '../../src/workbook/cells/excelSerial';
import { isDateCell } from '../../src/workbook/outputGrid';
import { sampleWorkbook } from '../../src/workbook/sample/sampleWorkbook';
import type { ModelRunOptions } from '../excelModel/cellEditMode';
import { createExcelModel, ExcelModel, ExcelModelOptions, SeedValue } from '../excelModel/excelModel';

export const AS_OF = isoDate('2026-11-21');

/** A model workbook seeded with the sample organisation (dates as serials with a date format). */
export function sampleModel(memberships: number, options: ExcelModelOptions = {}): ExcelModel {
  const model = createExcelModel(options);
  const date1904 = options.date1904 ?? false;
  for (const sheet of sampleWorkbook({ asOf: AS_OF, memberships, seed: 11, withInputErrors: false })) {
    const values: SeedValue[][] = sheet.rows.map((row) => row.map((c) => (isDateCell(c) ? dateToSerial(c.date, date1904) : c)));
    const formats = sheet.rows.map((row) => row.map((c) => (isDateCell(c) ? 'yyyy-mm-dd' : null)));
    model.addSheet(sheet.name, values, { numberFormats: formats });
  }
  return model;
}

/** The model's `run`, typed as `Excel.run` for the host. */
export function runOf(model: ExcelModel): ExcelRun {
  return ((options, batch) => model.run(options as ModelRunOptions, batch as never)) as ExcelRun;
}
