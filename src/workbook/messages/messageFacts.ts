import type { LocalDate } from '../../engine/dates/localDate';
import type { MessageKind } from '../../engine/messages/messageKind';
import type { NoticeKind } from '../../engine/model/planItem';

/**
 * What one message is about (SPEC §9): the item's fields that merge as `{{Field}}` (Invoice ID,
 * Amount, Balance, Currency, Due Date, Term Start, Term End, Product, New Product, Notice Number,
 * Notice Kind, Collection Date, Run Name, As Of), who it goes to, and the Members row whose
 * every column merges too. Built from a plan item at preview (`invoiceId` may still be null: a
 * renewal's number is assigned at post) and from a post's Journal at delivery.
 */
export interface MessageFacts {
  /** The item's key as previewed (SPEC §6), e.g. `renew:M-1`, `notify:INV-000042`. */
  key: string;
  kind: MessageKind;
  runId: string;
  runName: string;
  asOf: LocalDate;
  memberId: string | null;
  membershipId: string | null;
  name: string | null;
  email: string | null;
  invoiceId: string | null;
  /** The invoice's Bill Date, for the invoice document. */
  billDate: LocalDate | null;
  amount: number | null;
  balance: number | null;
  currency: string | null;
  dueDate: LocalDate | null;
  termStart: LocalDate | null;
  termEnd: LocalDate | null;
  product: string | null;
  newProduct: string | null;
  noticeNumber: number | null;
  noticeKind: NoticeKind | null;
  collectionDate: LocalDate | null;
  /** The Members row (the number Excel shows) whose columns merge; null when there is none yet. */
  memberRow: number | null;
}
