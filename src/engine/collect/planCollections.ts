import type { LocalDate } from '../dates/localDate';
import { createItem } from '../model/planItem';
import type { Reason } from '../model/reason';
import type { Invoice, Member } from '../model/records';
import type { Proposals, RunContext } from '../plan/runContext';
import { isClosedMembership } from '../notify/isClosedMembership';
import { nameKey } from '../gather/nameKey';
import { paymentFileSetupWarnings } from '../setup/paymentFileSetupWarnings';
import { bankCollectionCheck, type BankCollectionOutcome } from './bank/bankCollectionCheck';
import { collectDecision, type CollectDecision } from './collectDecision';
import type { CollectItem } from './collectItem';

/**
 * Plans AutoPay collection (SPEC §3.6): `Open` invoices with Balance > 0 of members with
 * AutoPay = Yes, `Due Date ≤ Collect Through` (default D), whose membership is not dropped by
 * this run (nor `Dropped`/`Cancelled`) and who pass the run's filters. Only the current renewal is collected: for each
 * membership the open invoice with the latest Due Date ≤ Collect Through; its older open
 * invoices are `error` ("older unpaid invoice") for staff to resolve.
 *
 * @example
 * planCollections(ctx, proposals).map((i) => i.key) // → ['collect:INV-000041']
 */
export function planCollections(ctx: RunContext, proposals: Proposals): CollectItem[] {
  const { run, asOf, state, settings } = ctx;
  const through: LocalDate = run.collectThrough ?? asOf;
  const items: CollectItem[] = [];
  const setupBlocked = run.paymentFile !== null && paymentFileSetupWarnings(run, settings).some((w) => w.code !== 'PAYMENT_FILE_WITHOUT_COLLECT');
  for (const member of state.records.members) {
    if (!member.autoPay || isClosedMembership(member.status, settings.droppedStatus) || !ctx.scope.includes(member)) continue;
    if (proposals.droppedMembershipIds.has(member.membershipId)) continue;
    const open = (state.invoicesByMembership.get(member.membershipId) ?? []).filter(
      (inv) => inv.status === 'Open' && inv.balance > 0 && inv.dueDate <= through,
    );
    if (open.length === 0) continue;
    // The latest Due Date wins; on a tie, the later row (the newer invoice).
    const current = open.reduce((a, b) => (b.dueDate >= a.dueDate ? b : a));
    for (const older of open) {
      if (older === current) continue;
      items.push(collectItem(member, older, { status: 'error', reason: { code: 'OLDER_UNPAID_INVOICE', detail: { invoiceId: current.invoiceId } } }));
    }
    const decision = collectDecision(current, {
      asOf,
      maxPaymentRetries: settings.maxPaymentRetries,
      reconcileTimeoutDays: settings.reconcileTimeoutDays,
      cardExpiry: member.cardExpiry,
    });
    items.push(collectItem(member, current, withPaymentFile(decision, member, current, ctx, setupBlocked)));
  }
  return items.sort((a, b) => a.invoiceRow - b.invoiceRow);
}

/**
 * Collect's decision with the run's Payment File checks on top (SPEC §10): a skipped decision
 * stands (nothing is collected anyway); otherwise a hard-return skip, an error, or — when collect
 * found nothing to say — the advance-notice warning. A timed-out attempt's warning is kept over
 * the advance-notice one: being charged twice is the worse surprise.
 */
function withPaymentFile(
  decision: CollectDecision,
  member: Member,
  invoice: Invoice,
  ctx: RunContext,
  setupBlocked: boolean,
): CollectDecision | NonNullable<BankCollectionOutcome> {
  const format = ctx.run.paymentFile;
  if (format === null || decision.status === 'skipped') return decision;
  const product = ctx.state.productsByKey.get(nameKey(invoice.product));
  const outcome = bankCollectionCheck(member, invoice, { format, asOf: ctx.asOf, settings: ctx.settings, currency: product?.currency ?? null, setupBlocked });
  if (outcome === null || (outcome.status === 'warning' && decision.status === 'warning')) return decision;
  return outcome;
}

function collectItem(member: Member, invoice: Invoice, decision: { status: CollectItem['status']; reason: Reason | null }): CollectItem {
  return createItem<CollectItem>({
    key: `collect:${invoice.invoiceId}`,
    action: 'collect',
    status: decision.status,
    reason: decision.reason,
    memberId: member.memberId,
    membershipId: member.membershipId,
    name: member.name,
    email: member.email,
    product: invoice.product,
    endDate: member.endDate,
    termStart: invoice.termStart,
    termEnd: invoice.termEnd,
    dueDate: invoice.dueDate,
    amount: invoice.balance,
    invoiceId: invoice.invoiceId,
    memberRow: member.row,
    invoiceRow: invoice.row,
  });
}
