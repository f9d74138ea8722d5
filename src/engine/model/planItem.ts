import type { LocalDate } from '../dates/localDate';
import type { Reason } from './reason';
import type { Action } from './run';

export const ITEM_STATUSES = ['ready', 'warning', 'error', 'skipped', 'excluded'] as const;
/** `ready`/`warning` post; `error` cannot post; `skipped` is not eligible; `excluded` was turned off by staff. */
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export type NoticeKind = 'first' | 'reminder' | 'final';

/**
 * One candidate action of a run (SPEC §3, §6). `key` is stable across refreshes:
 * `renew:<Membership ID>`, `drop:<Membership ID>`, `activate:<Application ID>`,
 * `notify:<Invoice ID>`, `collect:<Invoice ID>`, `notify:new:<Membership ID>`.
 */
export interface PlanItem {
  key: string;
  action: Action;
  status: ItemStatus;
  reason: Reason | null;
  memberId: string | null;
  membershipId: string | null;
  name: string | null;
  email: string | null;
  product: string | null;
  newProduct: string | null;
  endDate: LocalDate | null;
  termStart: LocalDate | null;
  termEnd: LocalDate | null;
  dueDate: LocalDate | null;
  amount: number | null;
  invoiceId: string | null;
  noticeNumber: number | null;
  noticeKind: NoticeKind | null;
  /** Key of the item this one can only post together with (a notice on a proposed invoice). */
  dependsOn: string | null;
  /** Source rows, for posting: the Members row, Invoices row or Applications row it acts on. */
  memberRow: number | null;
  invoiceRow: number | null;
  applicationRow: number | null;
}

/** An item with every optional field empty; callers spread their own fields over it. */
export const EMPTY_ITEM: Omit<PlanItem, 'key' | 'action' | 'status'> = {
  reason: null,
  memberId: null,
  membershipId: null,
  name: null,
  email: null,
  product: null,
  newProduct: null,
  endDate: null,
  termStart: null,
  termEnd: null,
  dueDate: null,
  amount: null,
  invoiceId: null,
  noticeNumber: null,
  noticeKind: null,
  dependsOn: null,
  memberRow: null,
  invoiceRow: null,
  applicationRow: null,
};

/** The fields an item must have; every other field defaults to `null`. */
export type ItemFields = Pick<PlanItem, 'key' | 'action' | 'status'> & Partial<PlanItem>;

/**
 * Builds an item in one allocation with its fields always in the same order, so a million
 * items share one object shape (object spreads of many fields cost several times more).
 *
 * @example
 * createItem({ key: 'drop:M-1', action: 'drop', status: 'ready', membershipId: 'M-1' })
 */
export function createItem(f: ItemFields): PlanItem {
  return {
    key: f.key,
    action: f.action,
    status: f.status,
    reason: f.reason ?? null,
    memberId: f.memberId ?? null,
    membershipId: f.membershipId ?? null,
    name: f.name ?? null,
    email: f.email ?? null,
    product: f.product ?? null,
    newProduct: f.newProduct ?? null,
    endDate: f.endDate ?? null,
    termStart: f.termStart ?? null,
    termEnd: f.termEnd ?? null,
    dueDate: f.dueDate ?? null,
    amount: f.amount ?? null,
    invoiceId: f.invoiceId ?? null,
    noticeNumber: f.noticeNumber ?? null,
    noticeKind: f.noticeKind ?? null,
    dependsOn: f.dependsOn ?? null,
    memberRow: f.memberRow ?? null,
    invoiceRow: f.invoiceRow ?? null,
    applicationRow: f.applicationRow ?? null,
  };
}
