/** Dates as the chart shows them: ISO `YYYY-MM-DD` strings read as calendar days (no time zone). */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date (UTC, so the answer is the same in every time zone). */
function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/**
 * A week's start as the tooltip says it.
 *
 * @example
 * formatChartDate('2026-12-07') // → '7 Dec 2026'
 */
export function formatChartDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** A month tick of the x axis: where the 1st of a month falls, in weeks from the first week's start. */
export interface MonthTick {
  /** Short month name: `Dec`. */
  label: string;
  /** The year, on January's tick only (so the axis says where the year turns). */
  year: number | null;
  /** Position in weeks from the start of the first week (0 ≤ at < weeks). */
  at: number;
}

/**
 * The month ticks of a projection: one at the 1st of each month that falls inside the weeks
 * (a projection that starts mid-month has no tick for its first, partial month).
 *
 * @example
 * monthTicks('2026-11-21', 52).map((t) => t.label) // → ['Dec', 'Jan', …, 'Nov'] (12 ticks)
 */
export function monthTicks(firstWeekStart: string, weeks: number): MonthTick[] {
  const start = dayNumber(firstWeekStart);
  const end = start + weeks * 7;
  const [y0, m0] = firstWeekStart.split('-').map(Number);
  const ticks: MonthTick[] = [];
  for (let i = 0; ; i++) {
    const month = (m0 - 1 + i) % 12;
    const year = y0 + Math.floor((m0 - 1 + i) / 12);
    const day = Date.UTC(year, month, 1) / DAY_MS;
    if (day >= end) break;
    if (day >= start) ticks.push({ label: MONTHS[month], year: month === 0 ? year : null, at: (day - start) / 7 });
  }
  return ticks;
}
