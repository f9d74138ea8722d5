import type { LocalDate } from '../dates/localDate';
import type { Season } from '../model/records';

/**
 * The season a date falls in (SPEC §3.3): the Seasons row with `Start Date ≤ date ≤ End Date`,
 * or `null` when no season covers it. Both ends are inclusive.
 *
 * `seasonsByStart` must be sorted by Start Date (as `GatheredState.seasonsByStart` is). Seasons
 * do not overlap (SPEC §2), so the only candidate is the last season starting on or before the
 * date; a binary search finds it in O(log n), which keeps a plan of 1,000,000 renewals cheap.
 *
 * @example
 * const seasons = [{ season: '2025', startDate: isoDate('2025-01-01'), endDate: isoDate('2025-12-31'), row: 2 }];
 * seasonOf(isoDate('2025-06-30'), seasons)?.season // → '2025'
 * seasonOf(isoDate('2026-01-01'), seasons)         // → null
 */
export function seasonOf(date: LocalDate, seasonsByStart: readonly Season[]): Season | null {
  let low = 0;
  let high = seasonsByStart.length - 1;
  let lastStartingBefore = -1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if (seasonsByStart[mid].startDate <= date) {
      lastStartingBefore = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  if (lastStartingBefore < 0) return null;
  const season = seasonsByStart[lastStartingBefore];
  // A gap between seasons: the date is after this season ended and before the next one starts.
  return date <= season.endDate ? season : null;
}
