import { daysInMonth, toYmd } from '../../../engine/dates/localDate';
import type { CellContext, ValueCell } from '../../cells/cellParser';
import { accept, reject, type CellResult } from '../../cells/cellResult';
import { describeCell } from '../../cells/describeCell';
import { parseDateCell } from '../../cells/parseDateCell';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_BY_NAME = new Map<string, number>(
  WEEKDAYS.flatMap(
    (name, i) =>
      [
        [name, i],
        [name.slice(0, 3), i],
      ] as [string, number][],
  ),
);
const DAY_OF_MONTH = /^\d{1,2}$/;
const MONTH_DAY = /^(\d{1,2})-(\d{1,2})$/;
/** A leap year, so that 02-29 is a real yearly day (SPEC §4; the schedule decides non-leap years). */
const LEAP_YEAR = 2000;

/**
 * Reads a weekly run's Day: a weekday name, full or three letters, any case; 0 = Sunday.
 *
 * @example
 * parseWeekdayCell('mon', context)    // → { ok: true, value: 1 }
 * parseWeekdayCell('Funday', context) // → { ok: false, message: "Day 'Funday' is not a weekday such as Monday or Mon" }
 */
export function parseWeekdayCell(cell: ValueCell, context: CellContext): CellResult<number> {
  const weekday = typeof cell === 'string' ? WEEKDAY_BY_NAME.get(cell.trim().toLowerCase()) : undefined;
  if (weekday !== undefined) return accept(weekday);
  return reject(`${context.column} ${describeCell(cell)} is not a weekday such as Monday or Mon`);
}

/**
 * Reads a monthly run's Day: 1–31 as a number or as text (31 means the month's last day).
 *
 * @example
 * parseDayOfMonthCell('15', context) // → { ok: true, value: 15 }
 * parseDayOfMonthCell(32, context)   // → { ok: false, message: 'Day 32 is not a day of the month from 1 to 31' }
 */
export function parseDayOfMonthCell(cell: ValueCell, context: CellContext): CellResult<number> {
  const text = typeof cell === 'string' ? cell.trim() : null;
  const day = typeof cell === 'number' ? cell : text !== null && DAY_OF_MONTH.test(text) ? Number(text) : NaN;
  if (Number.isInteger(day) && day >= 1 && day <= 31) return accept(day);
  return reject(`${context.column} ${describeCell(cell)} is not a day of the month from 1 to 31`);
}

/**
 * Reads a yearly run's Day: `MM-DD` text naming a real month and day (02-29 included). Excel
 * turns a typed `03-15` into a date, so a date cell gives its month and day — but a number up
 * to 31 is refused: it is a day of the month typed by mistake, not a date.
 *
 * @example
 * parseMonthDayCell('03-15', context) // → { ok: true, value: { month: 3, day: 15 } }
 * parseMonthDayCell('02-30', context) // → { ok: false, message: "Day '02-30' is not a month and day (MM-DD) such as 03-15" }
 */
export function parseMonthDayCell(cell: ValueCell, context: CellContext): CellResult<{ month: number; day: number }> {
  if (typeof cell === 'string') {
    const m = MONTH_DAY.exec(cell.trim());
    const month = m ? Number(m[1]) : 0;
    const day = m ? Number(m[2]) : 0;
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(LEAP_YEAR, month)) return accept({ month, day });
  } else if ((typeof cell === 'number' && cell > 31) || cell instanceof Date) {
    const date = parseDateCell(cell, context);
    if (!date.ok) return date;
    const { month, day } = toYmd(date.value);
    return accept({ month, day });
  }
  return reject(`${context.column} ${describeCell(cell)} is not a month and day (MM-DD) such as 03-15`);
}
