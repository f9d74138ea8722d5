import { ACTION_REGISTRY, ACTIONS, type Action, type BatchKindOf, type BatchRowOf } from '../actions/actionRegistry';
import type { ActivationBatchRow } from '../activate/activationBatchRow';
import type { PaymentBatchRow } from '../collect/paymentBatchRow';
import type { DropBatchRow } from '../drop/dropBatchRow';
import type { NoticeBatchRow } from '../notify/noticeBatchRow';
import type { InvoiceBatchRow } from '../renew/invoiceBatchRow';

export type { ActivationBatchRow, DropBatchRow, InvoiceBatchRow, NoticeBatchRow, PaymentBatchRow };
export type { BatchPerson } from './batchPerson';

/** A batch kind: each action's batch (`invoices` for renew, …), from the action registry. */
export type BatchKind = BatchKindOf<Action>;

/** The batches of one post, by kind; each becomes a `<Run ID> <Label>` sheet when it has rows. */
export type Batches = { [A in Action as BatchKindOf<A>]: BatchRowOf<A>[] };

/** The action whose batch a kind is. */
export const BATCH_ACTIONS: readonly Action[] = [...ACTIONS].sort((a, b) => ACTION_REGISTRY[a].batch.order - ACTION_REGISTRY[b].batch.order);

/** Every batch kind in batch order: invoices, notices, drops, payments, activations. */
export const BATCH_KINDS: readonly BatchKind[] = BATCH_ACTIONS.map((a) => ACTION_REGISTRY[a].batch.kind);

/**
 * Batches with no rows, one empty list per kind.
 *
 * @example
 * emptyBatches().invoices // → []
 */
export function emptyBatches(): Batches {
  return Object.fromEntries(BATCH_KINDS.map((kind) => [kind, []])) as unknown as Batches;
}
