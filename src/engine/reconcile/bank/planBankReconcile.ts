import type { ChangeSet, RowAppend, RowUpdate } from '../../apply/changeSet';
import type { LocalDate } from '../../dates/localDate';
import type { Invoice, Member } from '../../model/records';
import { isAttemptTimedOut } from '../../payments/isPaymentInFlight';
import { applyPayment, applyReinstatement, batchName } from '../applySettlement';
import { decideSettlement, toCents } from '../decideSettlement';
import { reinstateSettings, type ReconcileItem, type ReconcileSettings } from '../planReconcile';
import { ReconcileState } from '../reconcileState';
import type { Settlement } from '../settlement';
import type { BankSettlement, PaymentRecord, PostedCollection } from './bankSettlement';
import { applyBankReturn } from './applyBankReturn';

export interface PlanBankReconcileOptions {
  entries: readonly BankSettlement[];
  records: { invoices: readonly Invoice[]; members: readonly Member[] };
  /** The Payments sheet's rows. */
  payments: readonly PaymentRecord[];
  /** The collections the posts exported, by Last Attempt Reference (EndToEndId or trace). */
  collectionsByReference: ReadonlyMap<string, PostedCollection>;
  /** The SEPA collections the posts exported, by PmtInfId. */
  collectionsByPmtInfId: ReadonlyMap<string, readonly PostedCollection[]>;
  /** The currency of an invoice (its product's), `null` when unknown. */
  currencyOf: (invoice: Invoice) => string | null;
  settings: ReconcileSettings;
  /** Membership ID → the Member Type its latest drop replaced, read from the Journal (SPEC §11). */
  replacedMemberTypes?: ReadonlyMap<string, string>;
  asOf: LocalDate;
}

/**
 * Reconciles a bank's answer file (SPEC §10 "Returns"), purely, entries in file order, each
 * seeing what the earlier ones did, first matching rule wins:
 * - not booked → skipped "not booked yet"; not a collection (fees, transfers) → skipped;
 * - a reference already on the Payments sheet (or reversed there, or seen earlier in the file)
 *   → skipped "already applied": re-importing a file changes nothing;
 * - a credit → a settled payment (SPEC §3.8 rules: unknown invoice, not open, overpayment are
 *   errors), in another currency than the invoice → error;
 * - a batch-booked credit → every collection exported under its PmtInfId settles when the count
 *   and sum match, else each is `error` "batch total differs";
 * - a return → see {@link applyBankReturn}; a reversal of a credit earlier in the same file
 *   marks the Payments row this reconcile appends for it (`Reversed By`), as one of an earlier
 *   reconcile gets a row update.
 * Then, as SPEC §3.8, in-flight attempts older than the timeout with no entry → timed out.
 *
 * @example
 * const { items, changes } = planBankReconcile({ entries, records, payments, collectionsByReference, collectionsByPmtInfId, currencyOf, settings, asOf });
 */
export function planBankReconcile(options: PlanBankReconcileOptions): { items: ReconcileItem[]; changes: ChangeSet } {
  const state = new ReconcileState(options.records.invoices, options.records.members);
  const reinstate = reinstateSettings(options.settings);
  const replacedMemberTypes = options.replacedMemberTypes ?? new Map<string, string>();
  const applied = new Set<string>();
  for (const p of options.payments) {
    applied.add(p.reference);
    if (p.reversedBy !== null) applied.add(p.reversedBy);
  }
  const payments = options.payments.map((p) => ({ ...p }));
  const touched = new Set<string>();
  const items: ReconcileItem[] = [];
  const appends: RowAppend[] = [];
  const paymentUpdates: RowUpdate[] = [];
  /** The Payments rows this reconcile appends: a reversal later in the same file marks its row before it is written. */
  const appendedPayments: [record: PaymentRecord, appendIndex: number][] = [];
  const item = (e: BankSettlement, fields: Partial<ReconcileItem> & Pick<ReconcileItem, 'status' | 'reason'>): ReconcileItem => ({
    reference: e.reference,
    invoiceId: e.invoiceId ?? '',
    amount: e.amount,
    batch: null,
    ...fields,
  });

  const settle = (e: BankSettlement, s: Settlement): ReconcileItem => {
    touched.add(s.invoiceId);
    const invoice = state.invoice(s.invoiceId);
    const currency = invoice === undefined ? null : options.currencyOf(invoice);
    if (invoice !== undefined && currency !== null && currency !== e.currency) {
      return item(e, {
        invoiceId: s.invoiceId,
        amount: s.amount,
        status: 'error',
        reason: { code: 'CURRENCY_MISMATCH', currency: e.currency, invoiceCurrency: currency },
      });
    }
    const member = invoice === undefined ? undefined : state.member(invoice.membershipId);
    const decision = decideSettlement(s, invoice, false, { member, settings: reinstate });
    if (decision.status !== 'ready')
      return item(e, { reference: s.reference, invoiceId: s.invoiceId, amount: s.amount, status: decision.status, reason: decision.reason });
    const result =
      decision.kind === 'reinstate' ? applyReinstatement(state, s, { nonMemberType: reinstate.nonMemberType, replacedMemberTypes }) : applyPayment(state, s);
    appends.push(result.append);
    const record: PaymentRecord = { row: -1, reference: s.reference, invoiceId: s.invoiceId, amount: s.amount, reversedBy: null };
    payments.push(record);
    appendedPayments.push([record, appends.length - 1]);
    return item(e, {
      reference: s.reference,
      invoiceId: s.invoiceId,
      amount: s.amount,
      status: 'ready',
      reason: result.reason,
      batch: batchName(s.processedDate),
    });
  };

  for (const e of options.entries) {
    if (!e.booked) items.push(item(e, { status: 'skipped', reason: { code: 'NOT_BOOKED' } }));
    else if (e.kind === 'other') items.push(item(e, { status: 'skipped', reason: { code: 'NOT_A_COLLECTION' } }));
    else if (applied.has(e.reference)) items.push(item(e, { status: 'skipped', reason: { code: 'ALREADY_APPLIED' } }));
    else if (e.kind === 'credit') {
      if (e.invoiceId === null) items.push(item(e, { status: 'skipped', reason: { code: 'NOT_A_COLLECTION' } }));
      else items.push(settle(e, settlementOf(e, e.reference, e.invoiceId, e.amount, options.asOf)));
    } else if (e.kind === 'batchCredit') {
      const collections = e.pmtInfId === null ? undefined : options.collectionsByPmtInfId.get(e.pmtInfId);
      if (collections === undefined) items.push(item(e, { status: 'error', reason: { code: 'UNKNOWN_BATCH', pmtInfId: e.pmtInfId ?? '' } }));
      else {
        const exportedSum = collections.reduce((sum, c) => sum + toCents(c.amount), 0);
        const count = e.batchCount ?? collections.length;
        const matches = count === collections.length && toCents(e.amount) === exportedSum;
        for (const c of collections) {
          const reference = `${e.reference}/${c.reference}`;
          if (applied.has(reference))
            items.push(item(e, { reference, invoiceId: c.invoiceId, amount: c.amount, status: 'skipped', reason: { code: 'ALREADY_APPLIED' } }));
          else if (!matches) {
            const reason = {
              code: 'BATCH_TOTAL_DIFFERS',
              pmtInfId: e.pmtInfId!,
              count,
              sum: e.amount,
              exportedCount: collections.length,
              exportedSum: exportedSum / 100,
            } as const;
            items.push(item(e, { reference, invoiceId: c.invoiceId, amount: c.amount, status: 'error', reason }));
          } else items.push(settle(e, settlementOf(e, reference, c.invoiceId, c.amount, options.asOf)));
          applied.add(reference);
        }
      }
    } else {
      if (e.invoiceId !== null) touched.add(e.invoiceId);
      const outcome = applyBankReturn(e, { state, payments, collectionsByReference: options.collectionsByReference });
      if (outcome.paymentUpdate) paymentUpdates.push(outcome.paymentUpdate);
      items.push(item(e, { status: outcome.status, reason: outcome.reason }));
    }
    applied.add(e.reference);
  }
  for (const [record, index] of appendedPayments) {
    if (record.reversedBy !== null) appends[index] = { ...appends[index], values: { ...appends[index].values, 'Reversed By': record.reversedBy } };
  }
  for (const original of state.originalInvoices()) {
    if (touched.has(original.invoiceId) || !isAttemptTimedOut(original, options.asOf, options.settings.reconcileTimeoutDays)) continue;
    state.invoice(original.invoiceId)!.lastAttemptStatus = 'Failed to reconcile – timed out';
    items.push({ reference: null, invoiceId: original.invoiceId, status: 'ready', reason: { code: 'TIMED_OUT' }, amount: original.balance, batch: null });
  }
  return { items, changes: { updates: [...state.updates(), ...paymentUpdates], appends } };
}

/** A bank credit as a SPEC §3.8 settlement row: Completed and Settled on its booking date. */
function settlementOf(e: BankSettlement, reference: string, invoiceId: string, amount: number, asOf: LocalDate): Settlement {
  return {
    row: e.position,
    reference,
    invoiceId,
    amount,
    result: 'Completed',
    settlementStatus: 'Settled',
    processedAt: e.processedAt,
    processedDate: e.processedDate ?? asOf,
    reason: null,
    // Checked against the invoice's before the row is decided (see `settle`).
    currency: e.currency,
  };
}
