import type { LocalDate } from '../dates/localDate';

/**
 * Where an activated membership's term starts (SPEC §3.7): the later of the application's
 * Requested Start and the as-of date `D`; `D` when no start was requested. A start in the past
 * is never back-dated: the member would pay for days already gone.
 *
 * @example
 * activationTermStart(isoDate('2026-04-01'), isoDate('2026-03-01')) // → 2026-04-01
 * activationTermStart(isoDate('2026-02-01'), isoDate('2026-03-01')) // → 2026-03-01
 * activationTermStart(null, isoDate('2026-03-01'))                  // → 2026-03-01
 */
export function activationTermStart(requestedStart: LocalDate | null, asOf: LocalDate): LocalDate {
  return requestedStart != null && requestedStart > asOf ? requestedStart : asOf;
}
