import type { LocalDate } from '../dates/localDate';
import type { Invoice } from '../model/records';

/**
 * Whether a membership already has its next term billed: one of its invoices has
 * Status ≠ `Cancelled` and a Term Start on or after `nextTermFrom`. Such a member is not a
 * renewal candidate and gets no item at all (not even a skipped one).
 *
 * - rolling (SPEC §3.1): "Term Start > End Date", so pass `End Date + 1`. An invoice whose
 *   Term Start equals the End Date covers the current term, not the next one.
 * - fixed (SPEC §3.2): "Term Start ≥ F", so pass the Effective Date F.
 *
 * Every status but `Cancelled` counts, `Credited` included, exactly as the SPEC words it.
 *
 * @example
 * isAlreadyRenewed([openInvoiceFrom2026_01_01], isoDate('2026-01-01')) // → true
 * isAlreadyRenewed([cancelledInvoiceFrom2026_01_01], isoDate('2026-01-01')) // → false
 */
export function isAlreadyRenewed(invoices: readonly Invoice[], nextTermFrom: LocalDate): boolean {
  return invoices.some((invoice) => invoice.status !== 'Cancelled' && invoice.termStart >= nextTermFrom);
}
