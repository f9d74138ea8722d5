import type { MonthDay } from '../../engine/model/run';
import { parseMonthDayCell } from '../read/runs/parseScheduleDay';
import type { CellContext, ValueCell } from './cellParser';
import { accept, reject, type CellResult } from './cellResult';
import { describeCell } from './describeCell';

/**
 * Reads a run's `Align To` (SPEC §11): `MM-DD` text (or a date cell's month and day) naming a
 * day that every year has. `02-29` is refused: three years in four have no such day, so "the
 * next 02-29" would silently stretch a first term to up to four years; staff write `03-01`
 * (terms end on the last day of February) instead.
 *
 * @example
 * parseAlignToCell('01-01', context) // → { ok: true, value: { month: 1, day: 1 } }
 * parseAlignToCell('02-29', context) // → { ok: false, message: "Align To '02-29' is not a day every year has: …" }
 */
export function parseAlignToCell(cell: ValueCell, context: CellContext): CellResult<MonthDay> {
  const read = parseMonthDayCell(cell, context);
  if (!read.ok) return read;
  if (read.value.month === 2 && read.value.day === 29) {
    return reject(`${context.column} ${describeCell(cell)} is not a day every year has: write 03-01 to end first terms on the last day of February`);
  }
  return accept(read.value);
}
