import type { PlanItem } from '../model/planItem';
import type { ApplyContext } from './applyContext';
import type { DropBatchRow } from './batches';
import { batchPerson } from './batchPerson';
import type { ChangeValue, RowUpdate } from './changeSet';
import { hasOtherActiveMembership } from './hasOtherActiveMembership';
import { requireField } from './requireField';

/** What posting one drop writes: the Members row, then the membership's open invoices. */
export interface AppliedDrop {
  updates: RowUpdate[];
  batchRow: DropBatchRow;
}

/**
 * Posts a drop item (SPEC §3.5 "Posting a drop: Status → the `Dropped Status` setting;
 * Termination Date → D; the membership's `Open` invoices → `Cancelled` with Balance 0; and
 * when that member (Member ID) has no other `Active` membership left, Member Type →
 * `Non-Member Type` on the dropped rows").
 *
 * Only `Open` invoices are cancelled: `Paid`, `Cancelled` and `Credited` ones are history and
 * keep their values. The updates are the Members row first, then the invoices in sheet order.
 * The batch amount is the item's amount: the open balance the drop cancels.
 *
 * @example
 * applyDrop(dropItem, ctx).updates.map((u) => [u.sheet, u.values.Status])
 * // → [['Members', 'Dropped'], ['Invoices', 'Cancelled']]
 */
export function applyDrop(item: PlanItem, ctx: ApplyContext): AppliedDrop {
  const membershipId = requireField(item, 'membershipId');
  const person = batchPerson(item);
  const memberValues: Record<string, ChangeValue> = {
    Status: ctx.settings.droppedStatus,
    'Termination Date': { date: ctx.asOf },
  };
  if (!hasOtherActiveMembership(ctx, person.memberId, membershipId)) memberValues['Member Type'] = ctx.settings.nonMemberType;
  const updates: RowUpdate[] = [{ sheet: 'Members', row: requireField(item, 'memberRow'), values: memberValues }];
  for (const invoice of ctx.state.invoicesByMembership.get(membershipId) ?? []) {
    if (invoice.status !== 'Open') continue;
    updates.push({ sheet: 'Invoices', row: invoice.row, values: { Status: 'Cancelled', Balance: 0 } });
  }
  const batchRow: DropBatchRow = {
    ...person,
    membershipId,
    product: requireField(item, 'product'),
    endDate: requireField(item, 'endDate'),
    terminationDate: ctx.asOf,
    amount: item.amount ?? 0,
  };
  return { updates, batchRow };
}
