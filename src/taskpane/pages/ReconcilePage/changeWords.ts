import { formatCount } from '../../components/feedback/formatNumbers';
import type { ReconcilePreview } from '../../session/reconcileSession';
import { totalWords } from './totalWords';

const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;

/**
 * The number of workbook cells a reconcile changes, in a coordinator's words: what will change
 * before Apply, what changed after.
 *
 * @example
 * cellWords(48, false) // → '48 cells in the workbook will change'
 * cellWords(1, true)   // → '1 cell in the workbook changed'
 */
export function cellWords(cells: number, applied: boolean): string {
  return `${plural(cells, 'cell')} in the workbook ${applied ? 'changed' : 'will change'}`;
}

/**
 * What applying a preview writes (or wrote), in one sentence: the payments added to the
 * Payments sheet with their totals per currency, and the cells that change.
 *
 * @example
 * changeWords({ payments: 1, appliedTotals: { USD: 120 }, cellsChanged: 9 }, false)
 * // → 'Adds 1 payment ($120.00) to the Payments sheet; 9 cells in the workbook will change.'
 * changeWords({ payments: 0, appliedTotals: {}, cellsChanged: 3 }, true)
 * // → 'No payment added; 3 cells in the workbook changed.'
 */
export function changeWords(preview: Pick<ReconcilePreview, 'payments' | 'appliedTotals' | 'cellsChanged'>, applied: boolean): string {
  const payments =
    preview.payments === 0
      ? `No payment ${applied ? 'added' : 'to add'}`
      : `${applied ? 'Added' : 'Adds'} ${plural(preview.payments, 'payment')} (${totalWords(preview.appliedTotals)}) to the Payments sheet`;
  return `${payments}; ${cellWords(preview.cellsChanged, applied)}.`;
}
