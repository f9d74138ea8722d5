import type { Frequency, Schedule } from '../../../engine/model/run';
import type { CellContext, ValueCell } from '../../cells/cellParser';
import { accept, reject, type CellResult } from '../../cells/cellResult';
import { parseDayOfMonthCell, parseMonthDayCell, parseWeekdayCell } from './parseScheduleDay';

const DAY_EXPECTED: Record<Exclude<Frequency, 'daily'>, string> = {
  weekly: 'a weekday such as Monday',
  monthly: 'a day of the month from 1 to 31',
  yearly: 'a month and day (MM-DD) such as 03-15',
};

/**
 * A run's schedule from its Frequency and Day cells (SPEC §4): blank Frequency = on demand
 * (`null`; a Day is then ignored); daily ignores Day; weekly, monthly and yearly need a Day
 * of their kind, and a missing or invalid one is an input error in the Day column.
 *
 * @example
 * readSchedule('weekly', 'Mon', dayContext)  // → { ok: true, value: { frequency: 'weekly', weekday: 1 } }
 * readSchedule('monthly', null, dayContext)  // → { ok: false, message: 'Day is required for a monthly run: a day of the month from 1 to 31' }
 */
export function readSchedule(frequency: Frequency | null, day: ValueCell | null, context: CellContext): CellResult<Schedule | null> {
  if (frequency === null) return accept(null);
  if (frequency === 'daily') return accept({ frequency });
  if (day === null) return reject(`${context.column} is required for a ${frequency} run: ${DAY_EXPECTED[frequency]}`);
  switch (frequency) {
    case 'weekly': {
      const read = parseWeekdayCell(day, context);
      return read.ok ? accept({ frequency, weekday: read.value }) : read;
    }
    case 'monthly': {
      const read = parseDayOfMonthCell(day, context);
      return read.ok ? accept({ frequency, dayOfMonth: read.value }) : read;
    }
    case 'yearly': {
      const read = parseMonthDayCell(day, context);
      return read.ok ? accept({ frequency, month: read.value.month, day: read.value.day }) : read;
    }
  }
}
