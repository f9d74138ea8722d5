import { formatChartDate } from './chartDates';
import type { ChartSeries } from './chartSeries';
import type { ForecastWeekView } from '../session/runsSession';

/**
 * A count with its noun, singular for one.
 *
 * @example
 * countOf(1, 'renewals') // → '1 renewal'
 * countOf(231, 'notices') // → '231 notices'
 */
export function countOf(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? noun.replace(/s$/, '') : noun}`;
}

/**
 * The span of a projection in words: twelve months for the usual 52 weeks.
 *
 * @example
 * spanWords(52) // → 'Next 12 months'
 * spanWords(2) // → 'Next 2 weeks'
 */
export function spanWords(weeks: number): string {
  return weeks === 52 ? 'Next 12 months' : `Next ${weeks} ${weeks === 1 ? 'week' : 'weeks'}`;
}

/**
 * The totals line above the chart.
 *
 * @example
 * totalsWords(weeks, series) // → 'Next 12 months: 182 renewals · 231 notices · 35 drops'
 */
export function totalsWords(weeks: readonly ForecastWeekView[], series: readonly ChartSeries[]): string {
  const parts = series.map((s) =>
    countOf(
      weeks.reduce((sum, w) => sum + w[s.action], 0),
      s.noun,
    ),
  );
  return `${spanWords(weeks.length)}: ${parts.length === 0 ? 'nothing to project' : parts.join(' · ')}`;
}

/**
 * One week in words: the tooltip and the week's accessible name.
 *
 * @example
 * weekWords(week, series) // → 'Week of 7 Dec 2026: 12 renewals, 3 notices'
 */
export function weekWords(week: ForecastWeekView, series: readonly ChartSeries[]): string {
  return `Week of ${formatChartDate(week.weekStart)}: ${series.map((s) => countOf(week[s.action], s.noun)).join(', ')}`;
}
