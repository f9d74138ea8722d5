import type { ForecastContext, ForecastTimeline } from '../actions/forecastContribution';
import { addDays, type LocalDate } from '../dates/localDate';
import { nameKey } from '../gather/nameKey';
import { noticeIntervalDays } from './noticeIntervalDays';

/**
 * The days a projected renewal gets its notices (the Statistics chart): the first on the day it
 * is billed, then one every Notice Interval Days while Max Notices allows, before the drop line
 * and the projection's end. A membership whose product is not in Products is never billed
 * (its renewal is an error), so it gets none.
 *
 * @example
 * noticeForecastDates({ member, billed: isoDate('2027-01-01'), dropDate: null }, ctx)
 * // → [2027-01-01, 2027-01-15, 2027-01-29] with a 14-day interval and Max Notices 3
 */
export function noticeForecastDates(timeline: ForecastTimeline, ctx: ForecastContext): LocalDate[] {
  const { billed, dropDate, member } = timeline;
  const { run, end } = ctx;
  if (billed === null || !ctx.state.productsByKey.has(nameKey(member.product))) return [];
  const step = Math.max(1, noticeIntervalDays(run));
  const days: LocalDate[] = [];
  for (
    let day = billed;
    (run.maxNotices === null || days.length < run.maxNotices) && day < end && (dropDate === null || day < dropDate);
    day = addDays(day, step)
  ) {
    days.push(day);
  }
  return days;
}
