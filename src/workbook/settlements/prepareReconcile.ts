import type { LocalDate } from '../../engine/dates/localDate';
import type { InputError } from '../../engine/model/inputError';
import { planReconcile, type ReconcileItem } from '../../engine/reconcile/planReconcile';
import { invoiceCurrencyOf } from './invoiceCurrencyOf';
import type { JournaledWrite } from '../edit/cellWrite';
import { resolveChangeSet } from '../edit/resolveChangeSet';
import { droppedMemberTypes } from '../journal/droppedMemberTypes';
import type { WorkbookReadResult } from '../read/readWorkbookRecords';
import { findSheet } from '../schema/findSheet';
import type { SheetGrid, WorkbookGrids } from '../sheetGrid';
import { readPayments } from './readPayments';
import { readSettlements } from './readSettlements';

export interface PrepareReconcileOptions {
  grids: WorkbookGrids;
  read: WorkbookReadResult;
  /** The Settlements grid (a sheet of the book, or of a separate file) and its date system. */
  settlements: SheetGrid;
  settlementsDate1904: boolean;
  asOf: LocalDate;
}

export type ReconcileDecision = { ok: true; items: ReconcileItem[]; writes: JournaledWrite[]; inputErrors: InputError[] } | { ok: false; missing: string[] };

/**
 * Plans a reconcile (SPEC §3.8) and lays out its writes — the one preparation the CLI and the
 * task pane share: settlements read in the workbook's Time Zone and Date Order, references
 * already on the Payments sheet, each invoice's currency (SPEC §11), the plan, and the cells it
 * changes. No I/O.
 *
 * @example
 * const decision = prepareReconcile({ grids, read, settlements: grid, settlementsDate1904: false, asOf });
 * if (decision.ok) host.writeCells(decision.writes);
 */
export function prepareReconcile(options: PrepareReconcileOptions): ReconcileDecision {
  const { grids, read, asOf } = options;
  const { settings, invoices, members, products } = read.records;
  const settlements = readSettlements(options.settlements, { date1904: options.settlementsDate1904, dateOrder: settings.dateOrder }, settings.timeZone);
  if (settlements.missing.length > 0) return { ok: false, missing: settlements.missing.map((m) => m.message) };
  const payments = readPayments(findSheet(grids, 'Payments'), { date1904: grids.date1904, dateOrder: settings.dateOrder });
  const { items, changes } = planReconcile({
    settlements: settlements.records,
    records: { invoices, members },
    appliedReferences: new Set(payments.records.map((p) => p.reference)),
    settings,
    replacedMemberTypes: droppedMemberTypes(grids, members, settings.nonMemberType),
    currencyOf: invoiceCurrencyOf(products),
    asOf,
  });
  return { ok: true, items, writes: resolveChangeSet(changes, grids), inputErrors: [...payments.inputErrors, ...settlements.inputErrors] };
}
