import type { LocalDate } from '../dates/localDate';
import type { NoticeKind } from '../model/planItem';

/** Every batch row carries who it is about, so a batch can drive a mail merge or an accounting import (SPEC §5). */
export interface BatchPerson {
  memberId: string;
  name: string;
  email: string | null;
}

/** A renewal invoice the post appended. */
export interface InvoiceBatchRow extends BatchPerson {
  invoiceId: string;
  membershipId: string;
  product: string;
  billDate: LocalDate;
  dueDate: LocalDate;
  termStart: LocalDate;
  termEnd: LocalDate;
  amount: number;
}

/** A notice the post recorded. */
export interface NoticeBatchRow extends BatchPerson {
  invoiceId: string;
  membershipId: string;
  noticeNumber: number;
  noticeKind: NoticeKind;
  dueDate: LocalDate;
  /** The invoice's balance: what the notice asks for. */
  amount: number;
}

/** A membership the post dropped. */
export interface DropBatchRow extends BatchPerson {
  membershipId: string;
  product: string;
  endDate: LocalDate;
  terminationDate: LocalDate;
  /** Open balance cancelled by the drop. */
  amount: number;
}

/** An application the post activated. */
export interface ActivationBatchRow extends BatchPerson {
  applicationId: string;
  membershipId: string;
  product: string;
  termStart: LocalDate;
  termEnd: LocalDate;
}

/** An AutoPay invoice the post submitted for collection (SPEC §3.6). */
export interface PaymentBatchRow extends BatchPerson {
  invoiceId: string;
  membershipId: string;
  dueDate: LocalDate;
  attempt: number;
  amount: number;
}

/** The batches of one post; each becomes a `<Run ID> <Kind>` sheet when it has rows. */
export interface Batches {
  invoices: InvoiceBatchRow[];
  notices: NoticeBatchRow[];
  drops: DropBatchRow[];
  activations: ActivationBatchRow[];
  payments: PaymentBatchRow[];
}

export const BATCH_KINDS = ['invoices', 'notices', 'drops', 'payments', 'activations'] as const;
export type BatchKind = (typeof BATCH_KINDS)[number];
