import { actionsInOrder } from '../../engine/actions/actionRegistry';
import type { Batches } from '../../engine/apply/batches';

/**
 * The lines of the post summary that say what a post wrote per action, from its batches and the
 * words each action declares in the registry: first a line of its own for each action that has
 * one and posted rows (renewal invoices, with their ID range and total), then one line counting
 * every other action, zeros included, in the registry's summary order.
 *
 * @example
 * postSummaryLines(post.batches)
 * // → ['2 renewal invoices INV-000041 … INV-000042, total 215.50',
 * //    '3 notices, 1 drops (open balance cancelled 120.00), 0 activations, 0 payments']
 */
export function postSummaryLines(batches: Batches): string[] {
  const parts = actionsInOrder().sort((a, b) => a.summary.order - b.summary.order);
  const rowsOf = (kind: keyof Batches) => batches[kind] as Parameters<(typeof parts)[number]['summary']['describe']>[0];
  const own = parts.filter((p) => p.summary.ownLine && rowsOf(p.batch.kind).length > 0).map((p) => p.summary.describe(rowsOf(p.batch.kind)));
  const counted = parts.filter((p) => !p.summary.ownLine).map((p) => p.summary.describe(rowsOf(p.batch.kind)));
  return counted.length === 0 ? own : [...own, counted.join(', ')];
}
