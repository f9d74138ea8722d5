import { addDays, LocalDate } from '../dates/localDate';
import type { RunDefinition } from '../model/run';

/** The run settings that open the rolling renewal window (SPEC §3.1); `null` = not set. */
export type RenewalWindow = Pick<RunDefinition, 'leadDays' | 'expiringBy' | 'expiryWindowDays'>;

/**
 * Whether the run sets any window setting. A rolling renew run without one plans nothing (a
 * setup check warns about it, SPEC §3.9) rather than renewing every member at once.
 *
 * @example
 * hasRenewalWindow({ leadDays: 30, expiringBy: null, expiryWindowDays: null }) // → true
 */
export function hasRenewalWindow(window: RenewalWindow): boolean {
  return window.leadDays != null || window.expiringBy != null || window.expiryWindowDays != null;
}

/**
 * Whether a membership ending on `endDate` is in the run's renewal window as of `asOf`
 * (SPEC §3.1), with renewal date `R = End Date + 1`:
 * - `Lead Days` L: `R ≤ D + L` (the invoice posts L days before the renewal date);
 * - `Expiring By` X: `End Date ≤ X`;
 * - `Expiry Window Days` W: `End Date ≤ D + W`.
 *
 * A setting left blank constrains nothing; when several are set, all must hold. When none is
 * set the window is closed: nothing is renewed.
 *
 * @example
 * const lead30 = { leadDays: 30, expiringBy: null, expiryWindowDays: null };
 * isInRenewalWindow(lead30, isoDate('2026-01-30'), isoDate('2026-01-01')) // → true  (R = D + 30)
 * isInRenewalWindow(lead30, isoDate('2026-01-31'), isoDate('2026-01-01')) // → false (R = D + 31)
 */
export function isInRenewalWindow(window: RenewalWindow, endDate: LocalDate, asOf: LocalDate): boolean {
  if (!hasRenewalWindow(window)) return false;
  const renewalDate = addDays(endDate, 1);
  const { leadDays, expiringBy, expiryWindowDays } = window;
  return (
    (leadDays == null || renewalDate <= addDays(asOf, leadDays)) &&
    (expiringBy == null || endDate <= expiringBy) &&
    (expiryWindowDays == null || endDate <= addDays(asOf, expiryWindowDays))
  );
}
