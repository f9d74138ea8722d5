import type { LocalDate } from '../dates/localDate';
import type { Member } from '../model/records';
import type { RunContext } from '../plan/runContext';
import { isAlreadyRenewed } from './isAlreadyRenewed';
import { isPastDropLine } from '../drop/dropLine';

/**
 * Fixed-year mode, SPEC §3.2: every renewal starts on the run's Effective Date F. Returns F for
 * an `Active` member in the run's scope whose `End Date < F`, or `null` when the member is not
 * a candidate: the run has no Effective Date (then nothing is planned; a setup check warns),
 * the membership already runs to F or beyond, it is past the drop line (as in rolling mode, so
 * a member the run drops is never also billed), or it is already billed
 * (an invoice with Status ≠ `Cancelled` and `Term Start ≥ F`).
 *
 * The rolling window settings (Lead Days, Expiring By, Expiry Window Days) do not apply here:
 * the SPEC defines fixed-year candidates by the Effective Date alone.
 *
 * @example
 * // Effective Date 2027-01-01, End Date 2026-12-31, no invoices:
 * fixedRenewalStart(ctx, member) // → 2027-01-01
 */
export function fixedRenewalStart(ctx: RunContext, member: Member): LocalDate | null {
  const { run, asOf, state } = ctx;
  const effectiveDate = run.effectiveDate;
  if (effectiveDate == null) return null;
  if (!(member.endDate < effectiveDate)) return null;
  if (isPastDropLine(member.endDate, asOf, run.dropAfterDays)) return null;
  const invoices = state.invoicesByMembership.get(member.membershipId) ?? [];
  if (isAlreadyRenewed(invoices, effectiveDate)) return null;
  return effectiveDate;
}
