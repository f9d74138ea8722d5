import type { Operation, Wire } from './execution';
import { ErrorCode, ExcelModelError } from './modelError';

/** A workbook `Excel.createWorkbook` opened in a new window (Excel on the web: a new tab). */
export interface CreatedWorkbook {
  /** The base64 text as Excel received it; null for a new blank workbook. */
  base64: string | null;
  /** Its decoded .xlsx bytes; null for a new blank workbook. */
  bytes: Uint8Array | null;
}

/** Standard base64 alphabet, `=` padding only at the end, whole quadruplets only. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Every .xlsx is a zip file, and a zip file starts with a local file header: `PK\x03\x04`. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

const invalid = (why: string) =>
  new ExcelModelError(ErrorCode.invalidArgument, `The argument is invalid or missing or has an incorrect format: ${why}.`, 'Excel.createWorkbook');

/**
 * The bytes of the .xlsx file `createWorkbook` was given. The documentation says only that the
 * new workbook is a copy of the file "assuming the string argument is a valid .xlsx file"; the
 * model's choice is to refuse anything else with InvalidArgument: text outside the base64
 * alphabet (a `data:` URL prefix, line breaks, URL-safe `-`/`_`), a length that is not whole
 * quadruplets, or bytes that do not start like a zip file (an .xls, a CSV, plain text).
 *
 * @example
 * decodeXlsxBase64('UEsDBA==') // → Uint8Array [0x50, 0x4b, 0x03, 0x04]
 * decodeXlsxBase64('data:application/…;base64,UEsDBA==') // throws InvalidArgument
 */
export function decodeXlsxBase64(text: string): Uint8Array {
  if (text === '') throw invalid('the file is empty');
  if (!BASE64.test(text)) throw invalid('the file is not base64 text');
  const bytes = new Uint8Array(Buffer.from(text, 'base64'));
  if (!ZIP_SIGNATURE.every((b, i) => bytes[i] === b)) throw invalid('the file is not an .xlsx (zip) file');
  return bytes;
}

/**
 * `Excel.createWorkbook(base64)` as one request of its own: Office.js runs it in a context of
 * its own and syncs it (`_runOnRegularOrWacContext` in excel-win32-16.01.debug.js), so the
 * caller needs no `context.sync()`, and the base64 text is in the request — over Excel on the
 * web's payload limit it is refused like any request. When it executes, the file is checked
 * and the workbook recorded in `opened`.
 *
 * @example
 * await engine.execute([createWorkbookOperation(base64, model.createdWorkbooks)]);
 */
export function createWorkbookOperation(base64: string | null | undefined, opened: CreatedWorkbook[]): Operation {
  return {
    wire: (): Wire => ({ op: 'createWorkbook', path: 'Excel', base64: base64 ?? null }),
    execute: (_execution, wire) => {
      const text = wire.base64;
      if (text === null) {
        opened.push({ base64: null, bytes: null });
        return;
      }
      if (typeof text !== 'string') throw invalid('the file must be a base64 string');
      opened.push({ base64: text, bytes: decodeXlsxBase64(text) });
    },
  };
}
