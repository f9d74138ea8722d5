import type { ChangeSet, RowAppend } from '../apply/changeSet';
import type { LocalDate } from '../dates/localDate';
import type { Invoice, Member } from '../model/records';
import { DEFAULT_SETTINGS, type Settings } from '../model/settings';
import { isAttemptTimedOut } from '../payments/isPaymentInFlight';
import { applyPayment, applyReinstatement, batchName, recordAttempt } from './applySettlement';
import { decideSettlement, isCurrentAttempt } from './decideSettlement';
import type { ReconcileReason } from './reconcileReason';
import { ReconcileState } from './reconcileState';
import type { Settlement } from './settlement';

/** One line of a reconcile: a settlement row, or (reference `null`) a timed-out attempt. */
export interface ReconcileItem {
  reference: string | null;
  invoiceId: string;
  /** `warning`: applied, and staff must look at it (a refund after the membership was extended). */
  status: 'ready' | 'warning' | 'skipped' | 'error';
  reason: ReconcileReason | null;
  amount: number;
  /** `AutoPay YYYY-MM-DD` for an applied payment, else `null`. */
  batch: string | null;
}

export interface PlanReconcileOptions {
  settlements: readonly Settlement[];
  records: { invoices: readonly Invoice[]; members: readonly Member[] };
  /** References on the Payments sheet. */
  appliedReferences: ReadonlySet<string>;
  settings: ReconcileSettings;
  /** Membership ID → the Member Type its latest drop replaced, read from the Journal (SPEC §11); none when absent. */
  replacedMemberTypes?: ReadonlyMap<string, string>;
  /**
   * The currency of an invoice (SPEC §11: its Currency cell, else its product's), `null` when
   * unknown; absent: no settlement's Currency is checked.
   */
  currencyOf?: (invoice: Invoice) => string | null;
  asOf: LocalDate;
}

/** The settings reconcile reads; the SPEC §11 ones default to {@link DEFAULT_SETTINGS} (reinstatement off). */
export type ReconcileSettings = Pick<Settings, 'reconcileTimeoutDays'> & Partial<Pick<Settings, 'droppedStatus' | 'nonMemberType' | 'reinstateWithinDays'>>;

/** The SPEC §11 reinstatement settings, defaults filled in. */
export function reinstateSettings(settings: ReconcileSettings): Pick<Settings, 'droppedStatus' | 'nonMemberType' | 'reinstateWithinDays'> {
  return {
    droppedStatus: settings.droppedStatus ?? DEFAULT_SETTINGS.droppedStatus,
    nonMemberType: settings.nonMemberType ?? DEFAULT_SETTINGS.nonMemberType,
    reinstateWithinDays: settings.reinstateWithinDays ?? DEFAULT_SETTINGS.reinstateWithinDays,
  };
}

/**
 * Reconciles settlement results (SPEC §3.8), purely: rows in file order, the first matching
 * rule wins, each row seeing what the earlier ones did (balances go down; a reference seen
 * earlier in the file counts as applied). A row whose reference is already on the Payments
 * sheet is skipped but still marks its invoice's last attempt `Settled` (when processed on or
 * after Last Attempt Date), as it did when it was applied — so re-importing a file ends in the same state and changes nothing. Then every
 * in-flight attempt older than the timeout with no row in the file becomes `Failed to
 * reconcile – timed out`. A row whose Currency is not its invoice's (`currencyOf`) is an
 * `error` and changes nothing.
 *
 * @example
 * const { items, changes } = planReconcile({ settlements, records, appliedReferences: new Set(), settings, asOf });
 */
export function planReconcile(options: PlanReconcileOptions): { items: ReconcileItem[]; changes: ChangeSet } {
  const { settlements, records, appliedReferences, settings, asOf } = options;
  const state = new ReconcileState(records.invoices, records.members);
  const reinstate = reinstateSettings(settings);
  const replacedMemberTypes = options.replacedMemberTypes ?? new Map<string, string>();
  const seen = new Set<string>();
  const settledInvoices = new Set<string>();
  const items: ReconcileItem[] = [];
  const appends: RowAppend[] = [];
  for (const s of settlements) {
    settledInvoices.add(s.invoiceId);
    const invoice = state.invoice(s.invoiceId);
    const member = invoice === undefined ? undefined : state.member(invoice.membershipId);
    const invoiceCurrency = invoice === undefined || options.currencyOf === undefined ? null : options.currencyOf(invoice);
    const decision = decideSettlement(s, invoice, seen.has(s.reference) || appliedReferences.has(s.reference), {
      member,
      settings: reinstate,
      invoiceCurrency,
    });
    const item: ReconcileItem = { reference: s.reference, invoiceId: s.invoiceId, status: decision.status, reason: null, amount: s.amount, batch: null };
    if (decision.status !== 'ready') {
      item.reason = decision.reason;
      // The row was applied by an earlier reconcile and set the attempt `Settled` then: say so
      // again, so the rows after it end where they ended the first time.
      if (invoice && appliedReferences.has(s.reference) && !seen.has(s.reference) && isCurrentAttempt(s, invoice)) invoice.lastAttemptStatus = 'Settled';
    } else if (decision.kind === 'payment' || decision.kind === 'reinstate') {
      const applied =
        decision.kind === 'payment' ? applyPayment(state, s) : applyReinstatement(state, s, { nonMemberType: reinstate.nonMemberType, replacedMemberTypes });
      item.reason = applied.reason;
      item.batch = batchName(s.processedDate);
      appends.push(applied.append);
    } else {
      item.reason = recordAttempt(state, s);
    }
    seen.add(s.reference);
    items.push(item);
  }
  for (const original of state.originalInvoices()) {
    if (settledInvoices.has(original.invoiceId) || !isAttemptTimedOut(original, asOf, settings.reconcileTimeoutDays)) continue;
    state.invoice(original.invoiceId)!.lastAttemptStatus = 'Failed to reconcile – timed out';
    items.push({ reference: null, invoiceId: original.invoiceId, status: 'ready', reason: { code: 'TIMED_OUT' }, amount: original.balance, batch: null });
  }
  return { items, changes: { updates: state.updates(), appends } };
}
