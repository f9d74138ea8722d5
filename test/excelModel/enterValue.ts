import { isoDateSerial } from './excelDate';
import { ErrorCode, ExcelModelError } from './modelError';
import { CellError, GENERAL, SheetCells } from './sheetCells';

/** Excel's error literals: typed into a cell, each becomes that error value. */
const ERROR_TEXTS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!'];

/** Text that Excel reads as a number when it is entered ('12', '-3.5', '1e3', ' 7 '). */
const NUMBER_TEXT = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/** The text number format: a cell formatted '@' keeps whatever text is written as text. */
export const TEXT_FORMAT = '@';

export interface EnterOptions {
  date1904: boolean;
  /** When false, only a leading '=' is interpreted; all other text stays text. */
  coerceText: boolean;
}

/**
 * Writes one element of a Range.values array into a cell the way Excel does, which treats
 * written text as if it were typed (Range.values in @types/office-js: "If the returned value
 * starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a
 * formula"). The value arrives already through JSON, as it would over the wire, so `undefined`
 * and NaN have become null.
 * - null leaves the cell as it is (Office.js skips nulls in a values array);
 * - '' clears the cell;
 * - a leading apostrophe (Excel's quote prefix) is dropped and the rest kept as literal text;
 * - in a cell formatted '@', any text stays literal text, and so does a number or boolean
 *   written there: it becomes its text ('12', 'TRUE'), as a value typed into a Text cell does
 *   (the model's reading of "Excel treats an API write into an `@` cell as text", the risk
 *   the host must guard against by resetting the format first);
 * - otherwise text starting with '=', '+', '-' or '@' that is not a number becomes a formula
 *   (the model does not evaluate: its value reads '#NAME?'); number text becomes a number,
 *   'TRUE'/'FALSE' a boolean, '#N/A' and the other error literals an error, and an ISO date a
 *   date serial (the cell gets a date format if it had General).
 *
 * @example
 * enterValue(sheet, 0, 0, '=SUM(A2:A9)', { date1904: false, coerceText: true }); // a formula
 */
export function enterValue(sheet: SheetCells, row: number, column: number, written: unknown, options: EnterOptions): void {
  if (written === null) return;
  if (written === '') return sheet.setValue(row, column, undefined);
  if (typeof written === 'number' || typeof written === 'boolean') {
    if (sheet.numberFormat(row, column) === TEXT_FORMAT)
      return sheet.setValue(row, column, typeof written === 'boolean' ? String(written).toUpperCase() : String(written));
    return sheet.setValue(row, column, written);
  }
  if (typeof written !== 'string') {
    throw new ExcelModelError(ErrorCode.invalidArgument, 'The argument is invalid or missing or has an incorrect format.', 'Range.values');
  }
  // Excel's quote prefix: a leading apostrophe makes the rest text and is not part of the value
  // (the file keeps it as the cell style's quotePrefix, not in the text — PhpSpreadsheet #1061;
  // office-js #6687: the API drops it). The model applies it in every format, as typing does.
  if (written.startsWith("'")) return sheet.setValue(row, column, written.slice(1));
  if (sheet.numberFormat(row, column) === TEXT_FORMAT) return sheet.setValue(row, column, written);
  if (!options.coerceText) {
    if (written.startsWith('=')) return sheet.setFormula(row, column, written);
    return sheet.setValue(row, column, written);
  }
  if (NUMBER_TEXT.test(written)) return sheet.setValue(row, column, Number(written));
  if (/^[=+\-@]./s.test(written) || written === '=') {
    return sheet.setFormula(row, column, written.startsWith('=') ? written : `=${written}`);
  }
  const upper = written.trim().toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return sheet.setValue(row, column, upper === 'TRUE');
  if (ERROR_TEXTS.includes(upper)) return sheet.setValue(row, column, new CellError(upper));
  const serial = isoDateSerial(written, options.date1904);
  if (serial !== null) {
    if (sheet.numberFormat(row, column) === GENERAL) sheet.setNumberFormat(row, column, 'yyyy-mm-dd');
    return sheet.setValue(row, column, serial);
  }
  sheet.setValue(row, column, written);
}

/**
 * Writes one element of a Range.numberFormat array: null leaves the format as it is, anything
 * else becomes the cell's format code ('' resets to General). Existing values are not converted
 * (formatting a number as '@' does not make it text).
 *
 * @example
 * enterNumberFormat(sheet, 0, 0, '@');
 */
export function enterNumberFormat(sheet: SheetCells, row: number, column: number, written: unknown): void {
  if (written === null) return;
  if (typeof written !== 'string' && typeof written !== 'number') {
    throw new ExcelModelError(ErrorCode.invalidArgument, 'The argument is invalid or missing or has an incorrect format.', 'Range.numberFormat');
  }
  sheet.setNumberFormat(row, column, written === '' ? GENERAL : String(written));
}
