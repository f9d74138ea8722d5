import { isCurrentMembership } from '../model/isCurrentMembership';
import type { LocalDate } from '../dates/localDate';
import type { Member } from '../model/records';
import type { RunContext } from '../plan/runContext';
import { fixedRenewalStart } from './fixedRenewalStart';
import { renewalItem } from './renewalItem';
import type { RenewItem } from './renewItem';
import { rollingRenewalStart } from './rollingRenewalStart';

/**
 * The renew items of a run as of `ctx.asOf` (SPEC §3.1 rolling, §3.2 fixed-year), in Members
 * sheet order. Candidates are Members rows with Status `Active` that pass the run's filters
 * (Member Types, AutoPay); the run's mode then decides whether and when each renews. Members
 * that are not candidates (outside the window, already renewed, past the drop line) get no
 * item; a candidate whose new product cannot be found gets an `error` item.
 *
 * Pure: reads the context, changes nothing. Cost is linear in members and invoices.
 *
 * @example
 * planRenewals(ctx).map((i) => [i.key, i.status])
 * // → [['renew:M-1001', 'ready'], ['renew:M-1002', 'error']]
 */
export function planRenewals(ctx: RunContext): RenewItem[] {
  const items: RenewItem[] = [];
  for (const member of ctx.state.records.members) {
    if (!isCurrentMembership(member.status, ctx.settings) || !ctx.scope.includes(member)) continue;
    const termStart = renewalStart(ctx, member);
    if (termStart !== null) items.push(renewalItem(ctx, member, termStart));
  }
  return items;
}

function renewalStart(ctx: RunContext, member: Member): LocalDate | null {
  return ctx.run.mode === 'fixed' ? fixedRenewalStart(ctx, member) : rollingRenewalStart(ctx, member);
}
