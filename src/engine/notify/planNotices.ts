import type { NoticeKind } from '../model/planItem';
import { createItem } from '../model/planItem';
import type { Member } from '../model/records';
import type { Proposals, RunContext } from '../plan/runContext';
import { isInRunScope } from '../plan/runScope';
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
  for (const candidate of noticeCandidates(state.records.invoices, proposals.newInvoices)) {
    // "a member dropped by the run gets no notice" (SPEC §3)
    if (proposals.droppedMembershipIds.has(candidate.membershipId)) continue;
    const member = state.membersByMembershipId.get(candidate.membershipId);
    if (member && (isClosedMembership(member.status, settings.droppedStatus) || !isInRunScope(run, member))) continue;
    if (!isNoticeDue(candidate, asOf, dueOptions)) continue;
    const number = candidate.noticesSent + 1;
    items.push(noticeItem(candidate, member, number, noticeKind(number, candidate.dueDate, asOf, kindOptions)));
  }
  return items;
}

function noticeItem(candidate: NoticeCandidate, member: Member | undefined, noticeNumber: number, kind: NoticeKind): NoticeItem {
  // One createItem call per outcome, with the fields in one order: a million notices share a shape.
  const target =
    candidate.dependsOn === null
      ? { invoiceId: candidate.invoiceId, invoiceRow: candidate.invoiceRow, dependsOn: null }
      : { invoiceId: null, invoiceRow: null, dependsOn: candidate.dependsOn };
  const common = {
    key: candidate.key,
    action: 'notify' as const,
    membershipId: candidate.membershipId,
    product: candidate.product,
    termStart: candidate.termStart,
    termEnd: candidate.termEnd,
    dueDate: candidate.dueDate,
    amount: candidate.balance,
    noticeNumber,
    noticeKind: kind,
  };
  if (!member) {
    const reason = { code: 'MEMBERSHIP_NOT_FOUND' as const, detail: { membershipId: candidate.membershipId } };
    return createItem<NoticeItem>({ ...common, ...target, status: 'error', reason, memberId: candidate.memberId });
  }
  const email = member.email?.trim() || null;
  return createItem<NoticeItem>({
    ...common,
    ...target,
    status: email ? 'ready' : 'warning',
    reason: email ? null : { code: 'NO_EMAIL' },
    memberId: member.memberId,
    name: member.name,
    email,
    endDate: member.endDate,
    memberRow: member.row,
  });
}
