import { addDays, LocalDate } from '../dates/localDate';
import type { Member } from '../model/records';
import type { RunContext } from '../plan/runContext';
import { isAlreadyRenewed } from './isAlreadyRenewed';
import { isInRenewalWindow } from './isInRenewalWindow';
import { isPastDropLine } from '../drop/dropLine';
import { newTermStart } from './newTermStart';

/**
 * Rolling (anniversary) mode, SPEC §3.1: the new term start of an `Active` member in the run's
 * scope, or `null` when the member is not a renewal candidate today — outside the renewal
 * window, past the drop line, or already renewed ("not a candidate, not shown").
 *
 * @example
 * // Lead Days 30, D = 2026-01-01, End Date 2026-01-20, no invoices:
 * rollingRenewalStart(ctx, member) // → 2026-01-21
 */
export function rollingRenewalStart(ctx: RunContext, member: Member): LocalDate | null {
  const { run, asOf, state } = ctx;
  if (!isInRenewalWindow(run, member.endDate, asOf)) return null;
  if (isPastDropLine(member.endDate, asOf, run.dropAfterDays)) return null;
  // "Term Start > End Date": any invoice starting from the renewal date on.
  const invoices = state.invoicesByMembership.get(member.membershipId) ?? [];
  if (isAlreadyRenewed(invoices, addDays(member.endDate, 1))) return null;
  return newTermStart(member.endDate, asOf);
}
