import { addDays, LocalDate } from '../dates/localDate';

/**
 * Whether a membership ending on `endDate` is past the drop line as of `asOf` (SPEC §3.1):
 * the run has `Drop After Days` P and `D ≥ R + P`, with `R = End Date + 1`. Such a member is
 * not a renewal candidate — it is the drop action's (SPEC §3.5 uses the same line), so a member
 * the run drops is never also billed. Without Drop After Days there is no drop line.
 *
 * @example
 * isPastDropLine(isoDate('2026-01-31'), isoDate('2026-03-02'), 30) // → true  (D = R + 30)
 * isPastDropLine(isoDate('2026-01-31'), isoDate('2026-03-01'), 30) // → false (D = R + 29)
 * isPastDropLine(isoDate('2020-01-31'), isoDate('2026-03-01'), null) // → false
 */
export function isPastDropLine(endDate: LocalDate, asOf: LocalDate, dropAfterDays: number | null): boolean {
  if (dropAfterDays == null) return false;
  const renewalDate = addDays(endDate, 1);
  return asOf >= addDays(renewalDate, dropAfterDays);
}
