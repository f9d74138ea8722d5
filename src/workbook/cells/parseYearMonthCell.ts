import { toYmd } from '../../engine/dates/localDate';
import type { YearMonth } from '../../engine/model/records';
import type { CellContext, ValueCell } from './cellParser';
import { accept, reject, type CellResult } from './cellResult';
import { describeCell } from './describeCell';
import { parseDateCell } from './parseDateCell';

const YEAR_MONTH = /^(\d{4})-(\d{1,2})$/;

/**
 * Reads a Card Expiry: `YYYY-MM` text, or a date (serial, JS Date or date text) whose year and
 * month are taken — Excel turns a typed `2027-05` into the date 2027-05-01, so a date cell
 * here is the normal case, not a mistake. Returned as months since year 0, so it compares
 * with `<`.
 *
 * @example
 * parseYearMonthCell('2027-05', context) // → { ok: true, value: 2027 * 12 + 4 }
 * parseYearMonthCell(46508, context)     // → 2027-05-01 as a serial → { ok: true, value: 2027 * 12 + 4 }
 * parseYearMonthCell('2027-13', context) // → { ok: false, message: "Card Expiry '2027-13' is not a real month" }
 */
export function parseYearMonthCell(cell: ValueCell, context: CellContext): CellResult<YearMonth> {
  if (typeof cell === 'string') {
    const m = YEAR_MONTH.exec(cell.trim());
    if (m) {
      const month = Number(m[2]);
      if (month < 1 || month > 12) return reject(`${context.column} ${describeCell(cell)} is not a real month`);
      return accept(yearMonth(Number(m[1]), month));
    }
  }
  if (typeof cell === 'boolean') return reject(`${context.column} ${describeCell(cell)} is not a year and month (YYYY-MM)`);
  const date = parseDateCell(cell, context);
  if (!date.ok) {
    return typeof cell === 'string' ? reject(`${context.column} ${describeCell(cell)} is not a year and month: write YYYY-MM`) : date;
  }
  const { year, month } = toYmd(date.value);
  return accept(yearMonth(year, month));
}

/**
 * A {@link YearMonth} from a year and a month (1–12).
 *
 * @example
 * yearMonth(2027, 5) // → 24328
 */
export function yearMonth(year: number, month: number): YearMonth {
  return (year * 12 + month - 1) as YearMonth;
}
