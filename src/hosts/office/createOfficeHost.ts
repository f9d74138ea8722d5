/// <reference types="office-js" />
import { OfficeWorkbookHost } from './officeWorkbookHost';

/**
 * The Office host on the live workbook: the one place the real `Excel.run` is taken (call it
 * after `Office.onReady`).
 *
 * @example
 * const host = createOfficeHost();
 */
export function createOfficeHost(): OfficeWorkbookHost {
  return new OfficeWorkbookHost((batch) => Excel.run(batch));
}
