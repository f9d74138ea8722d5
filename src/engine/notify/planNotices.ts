import type { NoticeKind } from '../model/planItem';
import { membersOfMemberships } from '../gather/membersOfMemberships';
import { createItem, type ItemFields } from '../model/planItem';
import type { Member } from '../model/records';
import type { Proposals, RunContext } from '../plan/runContext';
import { isClosedMembership } from './isClosedMembership';
import { isNoticeDue } from './isNoticeDue';
import { NoticeCandidate, noticeCandidates } from './noticeCandidates';
import type { NoticeItem } from './noticeItem';
import { noticeIntervalDays } from './noticeIntervalDays';
import { noticeKind } from './noticeKind';

/**
 * Plans the payment notices of a run as of `D` (SPEC §3.4), on the state renew and drop
 * propose: `Open` invoices with Balance > 0 (Invoices sheet order), then the renewal invoices
 * this run proposes (proposal order). An invoice gets an item only when it is due for a notice
 * (see `isNoticeDue`), its membership is not dropped by this run, its Members row is not
 * `Dropped`/`Cancelled`/the Dropped Status setting, and the member passes the run's filters.
 *
 * Item status: `ready`; `warning` (NO_EMAIL) when the member has no Email; `error`
 * (MEMBERSHIP_NOT_FOUND) when no Members row has the invoice's Membership ID — the run's
 * filters cannot be applied without a member, so such an invoice is shown in every run it is
 * due in, until staff fix the data. A notice on a proposed invoice is keyed
 * `notify:new:<Membership ID>` and depends on the renew item that proposes it.
 *
 * @example
 * planNotices(ctx, { droppedMembershipIds: new Set(), newInvoices: [] })
 * // → [{ key: 'notify:INV-000007', action: 'notify', noticeNumber: 2, noticeKind: 'reminder', … }]
 */
export function planNotices(ctx: RunContext, proposals: Proposals): NoticeItem[] {
  const { run, asOf, state, settings } = ctx;
  const intervalDays = noticeIntervalDays(run);
  const dueOptions = { intervalDays, maxNotices: run.maxNotices };
  const kindOptions = { intervalDays, dropAfterDays: run.dropAfterDays };
  const items: NoticeItem[] = [];
  const candidates = noticeCandidates(state.records.invoices, proposals.newInvoices);
  const members = membersOfMemberships(state.records.members, candidates);
  for (const candidate of candidates) {
    // "a member dropped by the run gets no notice" (SPEC §3)
    if (proposals.droppedMembershipIds.has(candidate.membershipId)) continue;
    const member = members.get(candidate.membershipId);
    if (member && (isClosedMembership(member.status, settings.droppedStatus) || !ctx.scope.includes(member))) continue;
    if (!isNoticeDue(candidate, asOf, dueOptions)) continue;
    const number = candidate.noticesSent + 1;
    items.push(noticeItem(candidate, member, number, noticeKind(number, candidate.dueDate, asOf, kindOptions)));
  }
  return items;
}

function noticeItem(candidate: NoticeCandidate, member: Member | undefined, noticeNumber: number, kind: NoticeKind): NoticeItem {
  // One createItem call per outcome with every field written out, no spreads: spreading objects
  // into a literal copies them property by property at run time, which cost kilobytes and
  // microseconds per notice. The candidate pairs invoiceId, invoiceRow and dependsOn exactly as
  // a notice does (on an existing invoice, or on a proposed one); the compiler cannot follow
  // that pairing through copied fields, hence the casts.
  if (!member) {
    return createItem<NoticeItem>({
      key: candidate.key,
      action: 'notify',
      status: 'error',
      reason: { code: 'MEMBERSHIP_NOT_FOUND', detail: { membershipId: candidate.membershipId } },
      memberId: candidate.memberId,
      membershipId: candidate.membershipId,
      product: candidate.product,
      termStart: candidate.termStart,
      termEnd: candidate.termEnd,
      dueDate: candidate.dueDate,
      amount: candidate.balance,
      invoiceId: candidate.invoiceId,
      noticeNumber,
      noticeKind: kind,
      dependsOn: candidate.dependsOn,
      invoiceRow: candidate.invoiceRow,
    } as ItemFields<NoticeItem>);
  }
  const email = member.email?.trim() || null;
  return createItem<NoticeItem>({
    key: candidate.key,
    action: 'notify',
    status: email ? 'ready' : 'warning',
    reason: email ? null : { code: 'NO_EMAIL' },
    memberId: member.memberId,
    membershipId: candidate.membershipId,
    name: member.name,
    email,
    product: candidate.product,
    endDate: member.endDate,
    termStart: candidate.termStart,
    termEnd: candidate.termEnd,
    dueDate: candidate.dueDate,
    amount: candidate.balance,
    invoiceId: candidate.invoiceId,
    noticeNumber,
    noticeKind: kind,
    dependsOn: candidate.dependsOn,
    memberRow: member.row,
    invoiceRow: candidate.invoiceRow,
  } as ItemFields<NoticeItem>);
}
