import type { LocalDate } from '../dates/localDate';
import type { Invoice } from '../model/records';
import type { ProposedInvoice } from '../plan/runContext';

/**
 * An invoice that may get a notice: an existing Invoices row, or a renewal invoice this run
 * proposes (which has no Invoice ID yet and has had no notice).
 */
export type NoticeCandidate = NoticeCandidateBase &
  (
    | { invoiceId: string; invoiceRow: number; dependsOn: null }
    /** A proposed invoice: `dependsOn` is the key of the renew item that proposes it. */
    | { invoiceId: null; invoiceRow: null; dependsOn: string }
  );

interface NoticeCandidateBase {
  /** `notify:<Invoice ID>`, or `notify:new:<Membership ID>` for a proposed invoice. */
  key: string;
  membershipId: string;
  /** The Member ID written on the invoice, if any (the Members row is the authority). */
  memberId: string | null;
  product: string;
  termStart: LocalDate;
  termEnd: LocalDate;
  dueDate: LocalDate;
  balance: number;
  noticesSent: number;
  lastNoticeDate: LocalDate | null;
}

/**
 * The invoices notify considers (SPEC §3.4 "invoices with Status `Open` and Balance > 0 …,
 * including invoices this run proposes"): existing ones in Invoices sheet order, then proposed
 * ones in proposal order. A proposed invoice is held to the same Balance > 0 rule (its balance
 * is its amount), so a free renewal gets no payment notice.
 *
 * @example
 * noticeCandidates(records.invoices, proposals.newInvoices).map((c) => c.key)
 * // → ['notify:INV-000007', 'notify:new:M-1001']
 */
export function noticeCandidates(invoices: readonly Invoice[], proposed: readonly ProposedInvoice[]): NoticeCandidate[] {
  // One list, filled in one pass each: no filtered copies of the Invoices sheet.
  const candidates: NoticeCandidate[] = [];
  for (const inv of invoices) {
    if (inv.status === 'Open' && inv.balance > 0) candidates.push(fromInvoice(inv));
  }
  for (const p of proposed) {
    if (p.amount > 0) candidates.push(fromProposal(p));
  }
  return candidates;
}

function fromInvoice(inv: Invoice): NoticeCandidate {
  return {
    key: `notify:${inv.invoiceId}`,
    invoiceId: inv.invoiceId,
    membershipId: inv.membershipId,
    memberId: inv.memberId,
    product: inv.product,
    termStart: inv.termStart,
    termEnd: inv.termEnd,
    dueDate: inv.dueDate,
    balance: inv.balance,
    noticesSent: inv.noticesSent,
    lastNoticeDate: inv.lastNoticeDate,
    invoiceRow: inv.row,
    dependsOn: null,
  };
}

function fromProposal(p: ProposedInvoice): NoticeCandidate {
  return {
    key: `notify:new:${p.membershipId}`,
    invoiceId: null,
    membershipId: p.membershipId,
    memberId: null,
    product: p.product,
    termStart: p.termStart,
    termEnd: p.termEnd,
    dueDate: p.dueDate,
    balance: p.amount,
    noticesSent: 0,
    lastNoticeDate: null,
    invoiceRow: null,
    dependsOn: p.itemKey,
  };
}
