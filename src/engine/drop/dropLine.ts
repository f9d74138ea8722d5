import type { LocalDate } from '../dates/localDate';
import { addDays } from '../dates/localDate';

/**
 * The first day a membership may be dropped for non-payment: `R + P`, where the renewal date
 * `R = End Date + 1` and `P` = the run's Drop After Days (SPEC §3.5). Plain day arithmetic:
 * End Dates at a month end or on a leap day need no special case, because `R` is simply the
 * next calendar day (2024-02-28 → R 2024-02-29; 2024-02-29 → R 2024-03-01).
 *
 * @example
 * dropLine(isoDate('2025-12-31'), 30) // → 2026-01-31
 */
export function dropLine(endDate: LocalDate, dropAfterDays: number): LocalDate {
  return addDays(endDate, 1 + dropAfterDays);
}

/**
 * Whether `D ≥ R + P` (SPEC §3.5; also §3.1 "past the drop line: not a renewal candidate").
 * A run without Drop After Days has no drop line: nothing is ever past it.
 *
 * @example
 * isPastDropLine(isoDate('2025-12-31'), isoDate('2026-01-31'), 30) // → true
 * isPastDropLine(isoDate('2025-12-31'), isoDate('2026-01-30'), 30) // → false
 * isPastDropLine(isoDate('2025-12-31'), isoDate('2030-01-01'), null) // → false
 */
export function isPastDropLine(endDate: LocalDate, asOf: LocalDate, dropAfterDays: number | null): boolean {
  return dropAfterDays != null && asOf >= dropLine(endDate, dropAfterDays);
}
