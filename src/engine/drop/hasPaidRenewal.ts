import type { LocalDate } from '../dates/localDate';
import type { Invoice } from '../model/records';

/**
 * Whether a membership has paid for a term after its End Date: a `Paid` invoice with
 * `Term Start > End Date` (SPEC §3.5). Such a member is not dropped even while the Members row
 * still shows the old End Date (the payment was recorded, the row not yet updated).
 *
 * Only `Paid` counts: an `Open` renewal invoice is what the drop cancels, and a paid invoice
 * for the current or an earlier term (`Term Start ≤ End Date`) is history.
 *
 * @example
 * hasPaidRenewal(state.invoicesByMembership.get('M-1001') ?? [], member.endDate)
 */
export function hasPaidRenewal(invoices: readonly Invoice[], endDate: LocalDate): boolean {
  return invoices.some((inv) => inv.status === 'Paid' && inv.termStart > endDate);
}
