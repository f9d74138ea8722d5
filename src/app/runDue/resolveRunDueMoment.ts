import type { LocalDate } from '../../engine/dates/localDate';
import { timeOfDayInTimeZone } from '../../workbook/timeZone/timeOfDayInTimeZone';
import { todayInTimeZone } from '../../workbook/timeZone/todayInTimeZone';
import type { RunDueMoment } from './runDueMoment';

/** `--as-of` and `--at` as given (each may be absent). */
export interface RunDueMomentOptions {
  asOf?: LocalDate;
  at?: string;
}

/** The time `--as-of` alone stands for: the end of that day, so everything of that date is due. */
export const END_OF_DAY = '23:59';

/**
 * "Now" for the nightly job (SPEC §12): `--as-of` and `--at` when given; else the clock's
 * date and time of day in the workbook's Time Zone. `--as-of` without `--at` means the whole of
 * that day (23:59): a run called for a date does that date's work, whatever its Time. `--at`
 * without `--as-of` is today (in the time zone) at that time.
 *
 * @example
 * resolveRunDueMoment({ asOf: isoDate('2026-11-21') }, new Date(), 'Europe/London') // → { date: 2026-11-21, time: '23:59' }
 * resolveRunDueMoment({}, new Date('2026-11-21T05:30:00Z'), 'Europe/London')        // → { date: 2026-11-21, time: '05:30' }
 */
export function resolveRunDueMoment({ asOf, at }: RunDueMomentOptions, clock: Date, timeZone: string): RunDueMoment {
  if (asOf !== undefined) return { date: asOf, time: at ?? END_OF_DAY };
  return { date: todayInTimeZone(clock, timeZone), time: at ?? timeOfDayInTimeZone(clock, timeZone) };
}
