import type { LocalDate } from '../engine/dates/localDate';
import type { InputError } from '../engine/model/inputError';
import type { ReconcileItem } from '../engine/reconcile/planReconcile';
import type { JournaledWrite } from '../workbook/edit/cellWrite';
import type { BankFileFormat, BankTransaction } from '../workbook/bankfiles/returns/bankTransaction';
import { prepareBankReconcile } from '../workbook/settlements/prepareBankReconcile';
import { prepareReconcile } from '../workbook/settlements/prepareReconcile';
import type { SheetGrid } from '../workbook/sheetGrid';
import type { OpenedBook } from './openBook';
import { Refusal } from './refusal';

/** Settlement rows to reconcile: a grid, the name of its sheet or file, and its date system. */
export interface SettlementRows {
  grid: SheetGrid;
  name: string;
  date1904: boolean;
}

/** A bank's answer file (camt.054/053, NACHA returns; SPEC §10), read: its transactions. */
export interface BankFileSettlements {
  name: string;
  format: BankFileFormat;
  transactions: BankTransaction[];
}

/** What reconcile reads: settlement rows (SPEC §3.8) or a bank file (SPEC §10). */
export type Settlements = SettlementRows | BankFileSettlements;

/**
 * Whether the settlements are a bank file's.
 *
 * @example
 * isBankFile(await loadSettlements(camtBytes, 'camt.xml', parser)) // → true
 */
export function isBankFile(settlements: Settlements): settlements is BankFileSettlements {
  return 'transactions' in settlements;
}

/** What reconciling does: the outcome per settlement, the cells it changes and the input errors of the settlements. */
export interface Reconciled {
  items: ReconcileItem[];
  writes: JournaledWrite[];
  inputErrors: InputError[];
}

/**
 * Reconciles settlements (SPEC §3.8) or a bank file (SPEC §10) into the book as of `asOf`:
 * planned with prepareReconcile or prepareBankReconcile and, when `apply`, written through the host (nothing is written for a dry run or when
 * nothing changes: re-applying the same file changes nothing). Refuses
 * `SETTLEMENTS_MISSING_COLUMNS` naming the settlements' missing columns.
 *
 * @example
 * const { items, writes } = await reconcile(book, settlements, { asOf, apply: true });
 */
export async function reconcile(book: OpenedBook, settlements: Settlements, { asOf, apply }: { asOf: LocalDate; apply: boolean }): Promise<Reconciled> {
  if (isBankFile(settlements)) {
    const planned = prepareBankReconcile({ grids: book.grids, read: book.read, format: settlements.format, transactions: settlements.transactions, asOf });
    if (apply && planned.writes.length > 0) await book.host.writeCells(planned.writes);
    return planned;
  }
  const decision = prepareReconcile({ grids: book.grids, read: book.read, settlements: settlements.grid, settlementsDate1904: settlements.date1904, asOf });
  if (!decision.ok) throw new Refusal('SETTLEMENTS_MISSING_COLUMNS', decision.missing.map((m) => `${settlements.name}: ${m}`).join('\n'), decision.missing);
  const { items, writes, inputErrors } = decision;
  if (apply && writes.length > 0) await book.host.writeCells(writes);
  return { items, writes, inputErrors };
}
