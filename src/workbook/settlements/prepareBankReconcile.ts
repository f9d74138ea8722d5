import type { LocalDate } from '../../engine/dates/localDate';
import type { InputError } from '../../engine/model/inputError';
import type { PostedCollection } from '../../engine/reconcile/bank/bankSettlement';
import { planBankReconcile } from '../../engine/reconcile/bank/planBankReconcile';
import type { ReconcileItem } from '../../engine/reconcile/planReconcile';
import { bankSettlementsOf } from '../bankfiles/bankSettlements';
import { readCollections } from '../bankfiles/ledger/readCollections';
import type { BankFileFormat, BankTransaction } from '../bankfiles/returns/bankTransaction';
import type { JournaledWrite } from '../edit/cellWrite';
import { resolveChangeSet } from '../edit/resolveChangeSet';
import { droppedMemberTypes } from '../journal/droppedMemberTypes';
import type { WorkbookReadResult } from '../read/readWorkbookRecords';
import { findSheet } from '../schema/findSheet';
import type { WorkbookGrids } from '../sheetGrid';
import { invoiceCurrencyOf } from './invoiceCurrencyOf';
import { readPayments } from './readPayments';

export interface PrepareBankReconcileOptions {
  grids: WorkbookGrids;
  read: WorkbookReadResult;
  format: BankFileFormat;
  transactions: readonly BankTransaction[];
  asOf: LocalDate;
}

/**
 * Plans the reconcile of a bank's answer file (SPEC §10 "Returns") and lays out its writes —
 * the preparation the CLI and the task pane share, like `prepareReconcile` for a Settlements
 * sheet: the Payments sheet (references applied, payments reversed), the Collections ledger
 * (what was exported, by reference and by PmtInfId), each invoice's currency (its Currency
 * cell, else its product's: SPEC §11).
 *
 * @example
 * const { items, writes } = prepareBankReconcile({ grids, read, format: 'camt.054', transactions, asOf });
 */
export function prepareBankReconcile(options: PrepareBankReconcileOptions): { items: ReconcileItem[]; writes: JournaledWrite[]; inputErrors: InputError[] } {
  const { grids, read, asOf } = options;
  const { settings, invoices, members, products } = read.records;
  const context = { date1904: grids.date1904, dateOrder: settings.dateOrder };
  const payments = readPayments(findSheet(grids, 'Payments'), context);
  const collections = readCollections(findSheet(grids, 'Collections'), context);
  const byReference = new Map<string, PostedCollection>();
  const byPmtInfId = new Map<string, PostedCollection[]>();
  for (const c of collections.records) {
    byReference.set(c.reference, c);
    if (c.pmtInfId === null) continue;
    const batch = byPmtInfId.get(c.pmtInfId);
    if (batch) batch.push(c);
    else byPmtInfId.set(c.pmtInfId, [c]);
  }
  const { items, changes } = planBankReconcile({
    entries: bankSettlementsOf(options.format, options.transactions),
    records: { invoices, members },
    payments: payments.records,
    collectionsByReference: byReference,
    collectionsByPmtInfId: byPmtInfId,
    currencyOf: invoiceCurrencyOf(products),
    settings,
    replacedMemberTypes: droppedMemberTypes(grids, members, settings.nonMemberType),
    asOf,
  });
  return { items, writes: resolveChangeSet(changes, grids), inputErrors: [...payments.inputErrors, ...collections.inputErrors] };
}
