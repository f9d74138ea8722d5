import { isPastDropLine } from '../drop/dropLine';
import { hasPaidRenewal } from '../drop/hasPaidRenewal';
import { createItem } from '../model/planItem';
import type { Member } from '../model/records';
import type { RunContext } from '../plan/runContext';
import type { LapseItem } from './lapseItem';

/**
 * Plans the lapses of a run as of `D` (SPEC §11 Grace), in Members sheet order. Candidates:
 * Members rows with Status `Active` (a row already in grace is not lapsed again) that pass the
 * run's filters, whose `End Date < D`, and that have no `Paid` invoice with
 * `Term Start > End Date` (the renewal is paid, only the row is behind). Every item is `ready`.
 *
 * When the run also drops, a membership already past its drop line is left to the drop (the
 * post would otherwise write two Statuses on one row): lapse never plans what drop will end.
 *
 * @example
 * planLapses(ctx) // → [{ key: 'lapse:M-1001', action: 'lapse', status: 'ready', … }]
 */
export function planLapses(ctx: RunContext): LapseItem[] {
  const { run, asOf, state } = ctx;
  const dropAfterDays = run.actions.includes('drop') ? run.dropAfterDays : null;
  const items: LapseItem[] = [];
  for (const member of state.records.members) {
    if (member.status !== 'Active' || !ctx.scope.includes(member)) continue;
    // End Date is the last day covered: on D = End Date the member is still paid up.
    if (!(member.endDate < asOf)) continue;
    if (isPastDropLine(member.endDate, asOf, dropAfterDays)) continue;
    if (hasPaidRenewal(state.invoicesByMembership.get(member.membershipId) ?? [], member.endDate)) continue;
    items.push(lapseItem(member));
  }
  return items;
}

function lapseItem(member: Member): LapseItem {
  return createItem<LapseItem>({
    key: `lapse:${member.membershipId}`,
    action: 'lapse',
    status: 'ready',
    reason: null,
    memberId: member.memberId,
    membershipId: member.membershipId,
    name: member.name,
    email: member.email,
    product: member.product,
    endDate: member.endDate,
    memberRow: member.row,
  });
}
