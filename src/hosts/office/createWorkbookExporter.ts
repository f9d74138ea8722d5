/// <reference types="office-js" />
import { bytesToBase64 } from './bytesToBase64';
import type { OfficePlatform } from './officePlatform';

/** The requirement set of `Excel.createWorkbook`. */
export const CREATE_WORKBOOK_API = { set: 'ExcelApi', version: '1.8' } as const;

/**
 * Where a workbook `Excel.createWorkbook` opened shows up:
 * - `window`: its own Excel window, in front (Excel on Windows);
 * - `macWindow`: its own window that Excel for Mac leaves behind the current one, with no API to
 *   bring it forward (office-js #6943) — the user finds it in the Window menu;
 * - `browserTab`: a new browser tab (Excel on the web).
 */
export type NewWorkbookPlace = 'window' | 'macWindow' | 'browserTab';

/**
 * Where new workbooks show up on the platform.
 *
 * @example
 * newWorkbookPlace('mac') // → 'macWindow'
 * newWorkbookPlace('web') // → 'browserTab'
 */
export function newWorkbookPlace(platform: OfficePlatform): NewWorkbookPlace {
  if (platform === 'mac') return 'macWindow';
  if (platform === 'web') return 'browserTab';
  return 'window';
}

/** Opens .xlsx bytes as a new workbook in the Office host (SPEC §7 Export). */
export interface WorkbookExporter {
  /** Where the workbooks it opens show up, so the pane can tell the user. */
  readonly opensIn: NewWorkbookPlace;
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
  /** The pane's platform (see officePlatform); `windows` when not given. */
  platform?: OfficePlatform;
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
export function createWorkbookExporter({ excel, requirements, platform = 'windows' }: WorkbookExporterOptions): WorkbookExporter | null {
  if (!requirements.isSetSupported(CREATE_WORKBOOK_API.set, CREATE_WORKBOOK_API.version)) return null;
  return {
    opensIn: newWorkbookPlace(platform),
    // Office.js may throw ApiNotFound synchronously: an async function turns it into a rejection.
    openAsNewWorkbook: async (bytes) => excel.createWorkbook(bytesToBase64(bytes)),
  };
}
