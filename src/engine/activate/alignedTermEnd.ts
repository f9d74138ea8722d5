import type { LocalDate } from '../dates/localDate';
import { addDays, fromYmd, toYmd } from '../dates/localDate';
import type { MonthDay } from '../model/run';

/**
 * The last day of an activation's first term when its run aligns terms (SPEC §11 Align To):
 * the day before the next `alignTo` strictly after `start`. A start on the alignment day
 * itself is not a zero-day term: the next one is a year later, so that term is a full year.
 *
 * `alignTo` is never 02-29 (the Runs reader refuses it), so every year has the day.
 *
 * @example
 * alignedTermEnd(isoDate('2026-03-15'), { month: 1, day: 1 }) // → 2026-12-31
 * alignedTermEnd(isoDate('2026-01-01'), { month: 1, day: 1 }) // → 2026-12-31 (a full year)
 * alignedTermEnd(isoDate('2026-03-15'), { month: 7, day: 1 }) // → 2026-06-30
 */
export function alignedTermEnd(start: LocalDate, alignTo: MonthDay): LocalDate {
  const { year } = toYmd(start);
  const thisYear = alignmentDay(year, alignTo);
  const next = thisYear > start ? thisYear : alignmentDay(year + 1, alignTo);
  return addDays(next, -1);
}

function alignmentDay(year: number, alignTo: MonthDay): LocalDate {
  const date = fromYmd(year, alignTo.month, alignTo.day);
  if (date === null) throw new Error(`Align To ${alignTo.month}-${alignTo.day} is not a day of ${year}.`);
  return date;
}
