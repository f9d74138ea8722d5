import { addDays, LocalDate } from '../dates/localDate';

/**
 * Where a rolling (anniversary) renewal's new term starts (SPEC §3.1): on the renewal date
 * `R = End Date + 1` when the membership has not expired yet (`End Date ≥ D`), else on `D` —
 * a lapsed member renewing today is not billed for the days already missed.
 *
 * Fixed-year renewals always start on the run's Effective Date (SPEC §3.2) and do not use this.
 *
 * @example
 * newTermStart(isoDate('2026-03-31'), isoDate('2026-03-01')) // → 2026-04-01 (not yet expired)
 * newTermStart(isoDate('2026-02-15'), isoDate('2026-03-01')) // → 2026-03-01 (expired)
 */
export function newTermStart(endDate: LocalDate, asOf: LocalDate): LocalDate {
  return endDate >= asOf ? addDays(endDate, 1) : asOf;
}
