/// <reference types="office-js" />
import { createWorkbookExporter, type WorkbookExporter } from './createWorkbookExporter';
import { EXCEL_WEB_LIMITS, type OfficeLimits } from './excelRun';
import { OfficeWorkbookHost } from './officeWorkbookHost';
import { officePlatform } from './officePlatform';
import { createTextSheetWriter, type TextSheetWriter } from './textSheetWriter';

/**
 * The Office host on the live workbook: the one place the real `Excel.run` is taken (call it
 * after `Office.onReady`). `limits`: its request limits (default Excel on the web's).
 *
 * @example
 * const host = createOfficeHost();
 */
export function createOfficeHost(limits: OfficeLimits = EXCEL_WEB_LIMITS): OfficeWorkbookHost {
  return new OfficeWorkbookHost((options, batch) => Excel.run(options, batch), limits);
}

/**
 * The workbook exporter on the live Excel: the real `Excel.createWorkbook`, or null where
 * `Office.context.requirements` has no ExcelApi 1.8 (call it after `Office.onReady`).
 *
 * @example
 * const session = new HostRunsSession(host, clock, { workbookExporter: createOfficeWorkbookExporter() });
 */
export function createOfficeWorkbookExporter(): WorkbookExporter | null {
  return createWorkbookExporter({ excel: Excel, requirements: Office.context.requirements, platform: officePlatform(Office) });
}

/**
 * The text sheet writer on the live workbook (call it after `Office.onReady`): where Excel for
 * Mac cannot download a CSV file, the pane writes it into a new sheet.
 *
 * @example
 * const delivery = fileDeliveryFor(officePlatform(Office), createOfficeTextSheetWriter);
 */
export function createOfficeTextSheetWriter(): TextSheetWriter {
  return createTextSheetWriter((options, batch) => Excel.run(options, batch));
}
