import { formatIsoDate } from '../dates/isoDate';
import type { RowAppend } from '../apply/changeSet';
import type { ReconcileReason } from './reconcileReason';
import type { ReconcileState } from './reconcileState';
import type { Settlement } from './settlement';
import { isCurrentAttempt, toCents } from './decideSettlement';

/**
 * The batch a settled payment belongs to: `AutoPay YYYY-MM-DD`, the day it was processed in
 * the workbook's Time Zone (SPEC §3.8).
 *
 * @example
 * batchName(isoDate('2026-11-20')) // → 'AutoPay 2026-11-20'
 */
export function batchName(processedDate: Settlement['processedDate']): string {
  return `AutoPay ${formatIsoDate(processedDate)}`;
}

/**
 * Applies a settled payment to the working state (the decision checked it fits the balance):
 * Balance −= Amount in cents; at 0 the invoice is `Paid` and its membership runs through the
 * invoice's Term End with its Product, `Active`. End Date and Renewed Through never move
 * backwards (a later renewal may already have extended them). Last Attempt Status becomes
 * `Settled` unless the payment was processed before the invoice's Last Attempt Date (money is
 * money, but a newer attempt's status stays). Returns the item's reason and
 * the Payments row to append.
 *
 * @example
 * applyPayment(state, settlement) // → { reason: { code: 'PAID_IN_FULL' }, append: { sheet: 'Payments', … } }
 */
export function applyPayment(state: ReconcileState, settlement: Settlement): { reason: ReconcileReason; append: RowAppend } {
  const invoice = state.invoice(settlement.invoiceId)!;
  invoice.balance = (toCents(invoice.balance) - toCents(settlement.amount)) / 100;
  if (isCurrentAttempt(settlement, invoice)) invoice.lastAttemptStatus = 'Settled';
  const append = paymentAppend(settlement);
  if (invoice.balance > 0) return { reason: { code: 'PARTIAL_PAYMENT', balance: invoice.balance }, append };
  invoice.status = 'Paid';
  const member = state.member(invoice.membershipId);
  if (!member) return { reason: { code: 'MEMBERSHIP_NOT_FOUND', membershipId: invoice.membershipId }, append };
  if (invoice.termEnd > member.endDate) member.endDate = invoice.termEnd;
  if (member.renewedThrough === null || invoice.termEnd > member.renewedThrough) member.renewedThrough = invoice.termEnd;
  member.product = invoice.product;
  member.status = 'Active';
  return { reason: { code: 'PAID_IN_FULL' }, append };
}

/**
 * Records a failed or still-moving attempt: `Failed` with the row's Reason, or the
 * Settlement Status as the Last Attempt Status (`Awaiting Sync`, `Not Settled`, `In Progress`).
 *
 * @example
 * recordAttempt(state, failedRow) // → { code: 'PAYMENT_FAILED', reason: 'expired card' }
 */
export function recordAttempt(state: ReconcileState, settlement: Settlement): ReconcileReason {
  const invoice = state.invoice(settlement.invoiceId)!;
  if (settlement.result === 'Failed') {
    invoice.lastAttemptStatus = 'Failed';
    invoice.lastAttemptReason = settlement.reason;
    return { code: 'PAYMENT_FAILED', reason: settlement.reason };
  }
  const status = settlement.settlementStatus as 'Awaiting Sync' | 'Not Settled' | 'In Progress';
  invoice.lastAttemptStatus = status;
  return { code: 'ATTEMPT_STATUS', status };
}

/** What reinstatement needs beside the state: the Non-Member Type a drop writes, and the Member Type each drop replaced. */
export interface ReinstateOptions {
  nonMemberType: string;
  /** Membership ID → the Member Type the membership's latest drop replaced (from the Journal). */
  replacedMemberTypes: ReadonlyMap<string, string>;
}

/**
 * Reinstates a dropped membership whose cancelled invoice was paid in full within the window
 * (SPEC §11; {@link decideSettlement} checked it): the invoice `Paid` with Balance 0, the
 * membership `Active` through the invoice's Term End with its Product, Termination Date
 * cleared. Member Type goes back to the value the drop replaced only while it still holds the
 * Non-Member Type the drop wrote: a later change (staff, or another run) wins, and the reason
 * says so. A drop that did not change Member Type (the member had another Active membership)
 * leaves it as is.
 *
 * @example
 * applyReinstatement(state, settlement, { nonMemberType: 'Non-Member', replacedMemberTypes: new Map([['MS-1', 'Regular']]) })
 * // → { reason: { code: 'REINSTATED', memberType: { restored: 'Regular' } }, append: { sheet: 'Payments', … } }
 */
export function applyReinstatement(state: ReconcileState, settlement: Settlement, options: ReinstateOptions): { reason: ReconcileReason; append: RowAppend } {
  const invoice = state.invoice(settlement.invoiceId)!;
  invoice.balance = 0;
  invoice.status = 'Paid';
  if (isCurrentAttempt(settlement, invoice)) invoice.lastAttemptStatus = 'Settled';
  const member = state.member(invoice.membershipId)!;
  member.status = 'Active';
  member.endDate = invoice.termEnd;
  if (member.renewedThrough === null || invoice.termEnd > member.renewedThrough) member.renewedThrough = invoice.termEnd;
  member.product = invoice.product;
  member.terminationDate = null;
  const replaced = options.replacedMemberTypes.get(member.membershipId);
  let memberType: Extract<ReconcileReason, { code: 'REINSTATED' }>['memberType'] = null;
  if (replaced !== undefined) {
    if (member.memberType === options.nonMemberType) {
      member.memberType = replaced;
      memberType = { restored: replaced };
    } else memberType = { kept: member.memberType, replaced };
  }
  return { reason: { code: 'REINSTATED', memberType }, append: paymentAppend(settlement) };
}

function paymentAppend(settlement: Settlement): RowAppend {
  return {
    sheet: 'Payments',
    values: {
      Reference: settlement.reference,
      'Invoice ID': settlement.invoiceId,
      Amount: settlement.amount,
      'Processed At': settlement.processedAt,
      Batch: batchName(settlement.processedDate),
    },
  };
}
