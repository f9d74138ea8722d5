import { formatIsoDate } from '../../engine/dates/isoDate';
import { fromYmd, type LocalDate } from '../../engine/dates/localDate';
import type { CellContext, ValueCell } from './cellParser';
import { accept, reject, type CellResult } from './cellResult';
import { describeCell } from './describeCell';
import { firstExcelDate, LAST_EXCEL_DATE, PHANTOM_LEAP_DAY_SERIAL, serialToDate } from './excelSerial';
import { parseDateText, type DateTextProblem } from './parseDateText';

/**
 * Reads a date cell (SPEC §1): an Excel serial number (in the workbook's date system; a
 * fractional serial is a date-time and its date part is taken), a JS Date (its UTC year, month
 * and day — hosts hand dates over as UTC midnight, so the machine's time zone cannot shift
 * them), or text: ISO `YYYY-MM-DD` always, day-first or month-first text in the Date Order
 * setting. Dates Excel cannot store (before 1900-01-01, or 1904-01-01 in a 1904 workbook) are
 * refused, so every date read can be written back as a serial.
 *
 * @example
 * parseDateCell(45658, context)         // → { ok: true, value: 2025-01-01 }
 * parseDateCell('2026-02-30', context)  // → { ok: false, message: "Start Date '2026-02-30' is not a real date" }
 * parseDateCell(60, context)            // → { ok: false, message: "Start Date 1900-02-29 does not exist (Excel's phantom leap day)" }
 */
export function parseDateCell(cell: ValueCell, context: CellContext): CellResult<LocalDate> {
  if (typeof cell === 'number') return readSerial(cell, context);
  if (typeof cell === 'string') {
    const read = parseDateText(cell, context.dateOrder);
    if (!read.ok) return reject(`${context.column} ${describeCell(cell)} ${explain(read.problem, context)}`);
    return inExcelRange(read.value, cell, context);
  }
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return reject(`${context.column} is an invalid date`);
    const date = fromYmd(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate()) as LocalDate;
    return inExcelRange(date, cell, context);
  }
  return reject(`${context.column} ${describeCell(cell)} is not a date`);
}

function readSerial(serial: number, context: CellContext): CellResult<LocalDate> {
  const date = serialToDate(serial, context.date1904);
  if (date !== null) return accept(date);
  if (!context.date1904 && Math.floor(serial) === PHANTOM_LEAP_DAY_SERIAL) {
    return reject(`${context.column} 1900-02-29 does not exist (Excel's phantom leap day)`);
  }
  return reject(`${context.column} ${describeCell(serial)} is not a date Excel can show`);
}

function inExcelRange(date: LocalDate, cell: ValueCell, context: CellContext): CellResult<LocalDate> {
  const first = firstExcelDate(context.date1904);
  if (date < first) {
    return reject(`${context.column} ${describeCell(cell)} is before ${formatIsoDate(first)}, the first date Excel can store`);
  }
  // Unreachable for text (four-digit years) but a JS Date can carry any year.
  if (date > LAST_EXCEL_DATE) return reject(`${context.column} ${describeCell(cell)} is after 9999-12-31`);
  return accept(date);
}

function explain(problem: DateTextProblem, context: CellContext): string {
  switch (problem) {
    case 'not-real':
      return 'is not a real date';
    case 'needs-date-order':
      return 'could be day-first or month-first: set Date Order in Settings to DMY or MDY, or write the date as YYYY-MM-DD';
    case 'two-digit-year':
      return 'has a two-digit year: write the year with four digits';
    case 'not-a-date':
      return context.dateOrder === 'YMD'
        ? 'is not a date: write YYYY-MM-DD'
        : `is not a date: write YYYY-MM-DD or ${context.dateOrder === 'DMY' ? 'DD/MM/YYYY' : 'MM/DD/YYYY'}`;
  }
}
