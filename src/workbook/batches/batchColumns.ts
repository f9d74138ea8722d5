import { ACTION_REGISTRY } from '../../engine/actions/actionRegistry';
import { type BatchColumn, type BatchColumnType, AMOUNT_HEADER } from '../../engine/actions/batchColumn';
import { BATCH_ACTIONS, type BatchKind } from '../../engine/apply/batches';

export type { BatchColumn, BatchColumnType };
export { AMOUNT_HEADER };

/** The registry's batch definition of each kind, found once. */
const BY_KIND = new Map(BATCH_ACTIONS.map((a) => [ACTION_REGISTRY[a].batch.kind as BatchKind, ACTION_REGISTRY[a].batch]));

/**
 * The columns of a batch kind, in sheet order, as its action declares them (each action's
 * folder: `renew/renewAction.ts`, …), typed loosely enough to be used for any kind in a loop.
 * At most one column of a kind is an `amount`: the one the totals row sums.
 *
 * @example
 * batchColumns('drops').map((c) => c.header)
 * // → ['Member ID', 'Name', 'Email', 'Membership ID', 'Product', 'End Date', 'Termination Date', 'Amount']
 */
export function batchColumns(kind: BatchKind): readonly BatchColumn<unknown>[] {
  return batchOf(kind).columns as readonly BatchColumn<unknown>[];
}

/**
 * The word a batch kind has in its sheet name (SPEC §5), as its action declares it.
 *
 * @example
 * batchSheetLabel('payments') // → 'Payments'
 */
export function batchSheetLabel(kind: BatchKind): string {
  return batchOf(kind).sheetLabel;
}

function batchOf(kind: BatchKind) {
  const batch = BY_KIND.get(kind);
  if (batch === undefined) throw new Error(`No action has the batch kind ${String(kind)}.`);
  return batch;
}
