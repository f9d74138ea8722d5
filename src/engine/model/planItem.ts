import type { LocalDate } from '../dates/localDate';
import type { Reason } from './reason';

export const ITEM_STATUSES = ['ready', 'warning', 'error', 'skipped', 'excluded'] as const;
/** `ready`/`warning` post; `error` cannot post; `skipped` is not eligible; `excluded` was turned off by staff. */
export type ItemStatus = (typeof ITEM_STATUSES)[number];
/** The statuses that post. */
export type PostingStatus = 'ready' | 'warning';
/** The statuses of an item that was fully planned: it posts, or would had staff not excluded it. */
export type PlannedStatus = PostingStatus | 'excluded';
/** The statuses of an item that cannot post; it may lack what a planned item has. */
export type BlockedStatus = 'error' | 'skipped';

export type NoticeKind = 'first' | 'reminder' | 'final';

/**
 * The fields every item has, whatever its action (SPEC §5 preview columns, §6 JSON): what the
 * preview sheet, the JSON contract, statistics and the task pane read. Each action's item type
 * narrows them (`RenewItem`, `NoticeItem`, …): a field it never fills is `null`, a field a
 * planned item always fills is non-null. `key` is stable across refreshes (SPEC §6).
 */
export interface BaseItem<A extends string = string> {
  key: string;
  action: A;
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
  /**
   * The currency of `amount` (SPEC §11): the invoice's for an item on an invoice, the billed
   * product's for a new invoice; `null` when the item has no amount. Set by `planRun` once every
   * action has planned (`attachCurrencies`), so no action has to look it up.
   */
  currency: string | null;
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

/** An item narrowed to the statuses that post: what the apply step is given. */
export type PostingOf<I extends BaseItem> = I & { status: PostingStatus };

type NullableKeys<T> = { [K in keyof T]-?: null extends T[K] ? K : never }[keyof T];

/** What building an item of type `I` takes: its non-null fields; nullable ones default to `null`. */
export type ItemFields<I> = I extends unknown ? Omit<I, NullableKeys<I>> & Partial<Pick<I, NullableKeys<I>>> : never;

/**
 * Builds an item in one allocation with its fields always in the same order, so a million
 * items share one object shape (object spreads of many fields cost several times more).
 * The type argument names the item built; the compiler then requires its non-null fields.
 *
 * @example
 * createItem<DropItem>({ key: 'drop:M-1', action: 'drop', status: 'ready', membershipId: 'M-1', … })
 */
export function createItem<I extends BaseItem>(fields: ItemFields<I>): I {
  const f = fields as Partial<BaseItem>;
  const item: BaseItem = {
    key: f.key as string,
    action: f.action as string,
    status: f.status as ItemStatus,
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
    currency: f.currency ?? null,
    invoiceId: f.invoiceId ?? null,
    noticeNumber: f.noticeNumber ?? null,
    noticeKind: f.noticeKind ?? null,
    dependsOn: f.dependsOn ?? null,
    memberRow: f.memberRow ?? null,
    invoiceRow: f.invoiceRow ?? null,
    applicationRow: f.applicationRow ?? null,
  };
  return item as I;
}

/**
 * Whether an item will post: `ready` or `warning`. A type guard, so what passes it has the
 * fields its action posts.
 *
 * @example
 * plan.items.filter(posts) // → the ready and warning items, typed as posting items
 */
export function posts<I extends BaseItem>(item: I): item is PostingOf<I> {
  return item.status === 'ready' || item.status === 'warning';
}

/** Any item of a run: the union of every action's item type, discriminated by `action`. */
export type { PlanItem, PostingItem } from '../actions/actionRegistry';
