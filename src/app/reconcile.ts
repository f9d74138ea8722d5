import type { LocalDate } from '../engine/dates/localDate';
import type { InputError } from '../engine/model/inputError';
import type { ReconcileItem } from '../engine/reconcile/planReconcile';
import type { JournaledWrite } from '../workbook/edit/cellWrite';
import { prepareReconcile } from '../workbook/settlements/prepareReconcile';
import type { SheetGrid } from '../workbook/sheetGrid';
import type { OpenedBook } from './openBook';
import { Refusal } from './refusal';

/** Settlement rows to reconcile: a grid, the name of its sheet or file, and its date system. */
export interface Settlements {
  grid: SheetGrid;
  name: string;
  date1904: boolean;
}

/** What reconciling does: the outcome per settlement, the cells it changes and the input errors of the settlements. */
export interface Reconciled {
  items: ReconcileItem[];
  writes: JournaledWrite[];
  inputErrors: InputError[];
}

/**
 * Reconciles settlements (SPEC §3.8) into the book as of `asOf`: planned with prepareReconcile
 * and, when `apply`, written through the host (nothing is written for a dry run or when
 * nothing changes: re-applying the same file changes nothing). Refuses
 * `SETTLEMENTS_MISSING_COLUMNS` naming the settlements' missing columns.
 *
 * @example
 * const { items, writes } = await reconcile(book, settlements, { asOf, apply: true });
 */
export async function reconcile(book: OpenedBook, settlements: Settlements, { asOf, apply }: { asOf: LocalDate; apply: boolean }): Promise<Reconciled> {
  const decision = prepareReconcile({ grids: book.grids, read: book.read, settlements: settlements.grid, settlementsDate1904: settlements.date1904, asOf });
  if (!decision.ok) throw new Refusal('SETTLEMENTS_MISSING_COLUMNS', decision.missing.map((m) => `${settlements.name}: ${m}`).join('\n'), decision.missing);
  const { items, writes, inputErrors } = decision;
  if (apply && writes.length > 0) await book.host.writeCells(writes);
  return { items, writes, inputErrors };
}
