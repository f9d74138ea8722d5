import type { LocalDate } from '../dates/localDate';
import { termEnd } from '../dates/termEnd';
import { createItem } from '../model/planItem';
import type { Member } from '../model/records';
import type { RunContext } from '../plan/runContext';
import { resolveNewProduct } from './resolveNewProduct';
import type { BlockedRenewItem, PlannedRenewItem, RenewItem } from './renewItem';

/**
 * The renew item of a candidate whose new term starts on `termStart` (SPEC §3.1, §3.2):
 * key `renew:<Membership ID>`, Due Date = term start, term end by §1 with the new product's
 * Term Months, amount = the new product's Price (Bill Date is the run's as-of date, set when
 * posting). `product` is the current Product as written on the Members row; `newProduct` the
 * name as written on the Products row.
 *
 * When the new product cannot be resolved the item is an `error` with the reason; it keeps the
 * term start and due date so staff see which term it was for, but has no term end or amount.
 *
 * @example
 * renewalItem(ctx, member, isoDate('2026-01-01'))
 * // → { key: 'renew:M-1', status: 'ready', termStart: 2026-01-01, termEnd: 2026-12-31, amount: 120, … }
 */
export function renewalItem(ctx: RunContext, member: Member, termStart: LocalDate): RenewItem {
  const resolved = resolveNewProduct(ctx, member, termStart);
  // One createItem call per outcome, no spreads: this runs for every renewal of a million-row book.
  if (resolved.ok) {
    const { product } = resolved;
    return createItem<PlannedRenewItem>({
      key: `renew:${member.membershipId}`,
      action: 'renew',
      status: 'ready',
      memberId: member.memberId,
      membershipId: member.membershipId,
      name: member.name,
      email: member.email,
      product: member.product,
      newProduct: product.product,
      endDate: member.endDate,
      termStart,
      termEnd: termEnd(termStart, product.termMonths),
      dueDate: termStart,
      amount: product.price,
      memberRow: member.row,
    });
  }
  return createItem<BlockedRenewItem>({
    key: `renew:${member.membershipId}`,
    action: 'renew',
    status: 'error',
    reason: resolved.reason,
    memberId: member.memberId,
    membershipId: member.membershipId,
    name: member.name,
    email: member.email,
    product: member.product,
    newProduct: resolved.productName,
    endDate: member.endDate,
    termStart,
    dueDate: termStart,
    memberRow: member.row,
  });
}
