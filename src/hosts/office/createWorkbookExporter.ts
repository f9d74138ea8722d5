/// <reference types="office-js" />
import { bytesToBase64 } from './bytesToBase64';

/** The requirement set of `Excel.createWorkbook`. */
export const CREATE_WORKBOOK_API = { set: 'ExcelApi', version: '1.8' } as const;

/** Opens .xlsx bytes as a new workbook in the Office host (SPEC §7 Export). */
export interface WorkbookExporter {
  /**
   * Opens a new workbook window holding a copy of the file (Excel on the web: a new browser
   * tab). The file is not saved anywhere: the user saves it from Excel. Rejects with Office's
   * error when Excel refuses the file (not a valid .xlsx, too large for one request on the web,
   * an extension-hardening policy).
   */
  openAsNewWorkbook(bytes: Uint8Array): Promise<void>;
}

/** What the exporter needs from office.js, injected: the add-in passes the globals, tests the model. */
export interface WorkbookExporterOptions {
  excel: Pick<typeof Excel, 'createWorkbook'>;
  requirements: Pick<Office.RequirementSetSupport, 'isSetSupported'>;
}

/**
 * The exporter through `Excel.createWorkbook(base64)`, or `null` where this Excel does not
 * support ExcelApi 1.8 (then the task pane offers the CSV download only). Call it after
 * `Office.onReady`. This folder is the only code that touches the Excel globals.
 *
 * @example
 * const exporter = createWorkbookExporter({ excel: Excel, requirements: Office.context.requirements });
 * await exporter?.openAsNewWorkbook(xlsxBytes);
 */
export function createWorkbookExporter({ excel, requirements }: WorkbookExporterOptions): WorkbookExporter | null {
  if (!requirements.isSetSupported(CREATE_WORKBOOK_API.set, CREATE_WORKBOOK_API.version)) return null;
  return {
    // Office.js may throw ApiNotFound synchronously: an async function turns it into a rejection.
    openAsNewWorkbook: async (bytes) => excel.createWorkbook(bytesToBase64(bytes)),
  };
}
