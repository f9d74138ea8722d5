import { isCurrentMembership } from '../model/isCurrentMembership';
import { createItem } from '../model/planItem';
import type { Reason } from '../model/reason';
import type { Invoice, Member } from '../model/records';
import { invoiceCurrency } from '../money/currencyOf';
import { isPaymentInFlight } from '../payments/isPaymentInFlight';
import { roundCents } from '../money/roundCents';
import type { RunContext } from '../plan/runContext';
import type { DropItem } from './dropItem';
import { isPastDropLine } from './dropLine';
import { hasPaidRenewal } from './hasPaidRenewal';

/**
 * Plans the drops (expire for non-payment) of a run as of `D` (SPEC §3.5), in Members sheet
 * order. Candidates: Members rows with Status `Active` or the Grace Status (SPEC §11) that pass the run's filters, are past the
 * drop line (`D ≥ End Date + 1 + Drop After Days`) and have no `Paid` invoice with
 * `Term Start > End Date`. A run without Drop After Days plans no drops (a setup check says so).
 *
 * Each item is `ready`, or `error` (PAYMENT_IN_PROGRESS, naming the invoice) when "a payment in
 * flight (§3.6) on its open invoice" may still pay for the renewal. A payment attempt older than
 * the Reconcile Timeout counts as failed and does not hold the drop back. The item's amount is
 * the sum of the Balances of the membership's `Open` invoices: what posting the drop cancels.
 *
 * @example
 * planDrops(ctx) // → [{ key: 'drop:M-1001', action: 'drop', status: 'ready', amount: 120, … }]
 */
export function planDrops(ctx: RunContext): DropItem[] {
  const { run, asOf, state } = ctx;
  const p = run.dropAfterDays;
  if (p == null) return [];
  const items: DropItem[] = [];
  for (const member of state.records.members) {
    if (!isCurrentMembership(member.status, ctx.settings) || !ctx.scope.includes(member)) continue;
    if (!isPastDropLine(member.endDate, asOf, p)) continue;
    const invoices = state.invoicesByMembership.get(member.membershipId) ?? [];
    if (hasPaidRenewal(invoices, member.endDate)) continue;
    const open = invoices.filter((inv) => inv.status === 'Open');
    items.push(dropItem(ctx, member, open));
  }
  return items;
}

function dropItem(ctx: RunContext, member: Member, openInvoices: readonly Invoice[]): DropItem {
  const inFlight = openInvoices.find((inv) => isPaymentInFlight(inv, ctx.asOf, ctx.settings.reconcileTimeoutDays));
  // SPEC §11: no amount adds two currencies; open invoices in two (a Currency cell typed by
  // hand) leave the drop nothing true to state, so staff settle it first.
  const currencies = [...new Set(openInvoices.map((inv) => invoiceCurrency(inv, ctx.state.productsByKey) ?? '?'))];
  const reason: Reason | null = inFlight
    ? { code: 'PAYMENT_IN_PROGRESS', detail: { invoiceId: inFlight.invoiceId } }
    : currencies.length > 1
      ? { code: 'OPEN_BALANCE_CURRENCIES', detail: { currencies: currencies.join(', ') } }
      : null;
  // The member's fields written out, not spread in: an object spread with more fields costs
  // microseconds per item.
  return createItem<DropItem>({
    key: `drop:${member.membershipId}`,
    action: 'drop',
    status: reason === null ? 'ready' : 'error',
    reason,
    memberId: member.memberId,
    membershipId: member.membershipId,
    name: member.name,
    email: member.email,
    product: member.product,
    endDate: member.endDate,
    memberRow: member.row,
    amount: roundCents(openInvoices.reduce((sum, inv) => sum + inv.balance, 0)),
    currency: currencies.length === 1 && currencies[0] !== '?' ? currencies[0] : null,
  });
}
