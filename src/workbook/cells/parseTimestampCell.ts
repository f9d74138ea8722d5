import { formatIsoDate, parseIsoDate } from '../../engine/dates/isoDate';
import { fromYmd, type LocalDate } from '../../engine/dates/localDate';
import type { CellContext, ValueCell } from './cellParser';
import { accept, reject, type CellResult } from './cellResult';
import { describeCell } from './describeCell';
import { serialToDate } from './excelSerial';
import { formatHoursMinutes } from './parseTimeCell';

// ISO 8601 date, optionally followed by a time and an offset: 2026-03-01, 2026-03-01T09:30,
// 2026-03-01 09:30:15.250+01:00, 2026-03-01T08:30Z.
const ISO_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})(?:[T ]([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const SECONDS_PER_DAY = 86_400;

/**
 * Reads a recorded moment (a run's Last Executed At) as text. ISO text is kept as written
 * (trimmed), after checking it is ISO 8601 with a real date; an Excel date-time serial (in the
 * workbook's date system) or a JS Date (UTC) becomes `YYYY-MM-DDTHH:MM`. It is informational:
 * no rule computes with it, so no time zone is applied.
 *
 * @example
 * parseTimestampCell('2026-03-01T09:30:00Z', context) // → { ok: true, value: '2026-03-01T09:30:00Z' }
 * parseTimestampCell(45658.75, context)               // → { ok: true, value: '2025-01-01T18:00' }
 */
export function parseTimestampCell(cell: ValueCell, context: CellContext): CellResult<string> {
  if (typeof cell === 'string') {
    const text = cell.trim();
    const m = ISO_TIMESTAMP.exec(text);
    if (m && parseIsoDate(m[1]) !== null) return accept(text);
  } else if (typeof cell === 'number' && Number.isFinite(cell)) {
    // Round to the second first, so a time stored as 0.99999999… of a day is not a minute early.
    const seconds = Math.round(cell * SECONDS_PER_DAY);
    const date = serialToDate(Math.floor(seconds / SECONDS_PER_DAY), context.date1904);
    if (date !== null) return accept(format(date, Math.floor((seconds % SECONDS_PER_DAY) / 60)));
  } else if (cell instanceof Date && !Number.isNaN(cell.getTime())) {
    const date = fromYmd(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate()) as LocalDate;
    return accept(format(date, cell.getUTCHours() * 60 + cell.getUTCMinutes()));
  }
  return reject(`${context.column} ${describeCell(cell)} is not a date and time (write YYYY-MM-DDTHH:MM)`);
}

function format(date: LocalDate, minutesOfDay: number): string {
  return `${formatIsoDate(date)}T${formatHoursMinutes(minutesOfDay)}`;
}
