import type { CellContext, ValueCell } from './cellParser';
import { accept, reject, type CellResult } from './cellResult';
import { describeCell } from './describeCell';

const HOURS_MINUTES = /^(\d{1,2}):(\d{2})$/;
const SECONDS_PER_DAY = 86_400;

/**
 * Reads a time of day as `HH:MM` text: `H:MM` or `HH:MM` from 00:00 to 23:59, or an Excel time
 * (a fraction of a day, 0 ≤ x < 1, which is what Excel stores when `09:30` is typed). Seconds
 * of an Excel time are dropped, as an `hh:mm` format shows it.
 *
 * @example
 * parseTimeCell('9:30', context)  // → { ok: true, value: '09:30' }
 * parseTimeCell(0.5, context)     // → { ok: true, value: '12:00' }
 * parseTimeCell('24:00', context) // → { ok: false, message: "Time '24:00' is not a time between 00:00 and 23:59" }
 */
export function parseTimeCell(cell: ValueCell, context: CellContext): CellResult<string> {
  if (typeof cell === 'number' && cell >= 0 && cell < 1) {
    // Round to the second first, so 09:30 stored as 0.39583333… is not read as 09:29.
    const seconds = Math.round(cell * SECONDS_PER_DAY);
    if (seconds < SECONDS_PER_DAY) return accept(formatHoursMinutes(Math.floor(seconds / 60)));
  }
  if (typeof cell === 'string') {
    const m = HOURS_MINUTES.exec(cell.trim());
    if (m) {
      const hours = Number(m[1]);
      const minutes = Number(m[2]);
      if (hours < 24 && minutes < 60) return accept(formatHoursMinutes(hours * 60 + minutes));
    }
  }
  return reject(`${context.column} ${describeCell(cell)} is not a time between 00:00 and 23:59`);
}

/**
 * Formats minutes since midnight as `HH:MM`.
 *
 * @example
 * formatHoursMinutes(570) // → '09:30'
 */
export function formatHoursMinutes(minutesOfDay: number): string {
  const hours = Math.floor(minutesOfDay / 60);
  const minutes = minutesOfDay % 60;
  return `${hours < 10 ? '0' : ''}${hours}:${minutes < 10 ? '0' : ''}${minutes}`;
}
