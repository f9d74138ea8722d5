import { invoiceIdOfEndToEndId } from '../../engine/collect/bank/endToEndId';
import { parseIsoDate } from '../../engine/dates/isoDate';
import type { BankSettlement } from '../../engine/reconcile/bank/bankSettlement';
import type { BankFileFormat, BankTransaction } from './returns/bankTransaction';

/**
 * A bank file's transactions as the settlements reconcile decides on (SPEC §10 "Returns"):
 * Processed At from the booking date; the attempt from the EndToEndId (camt) or the original
 * trace (NACHA); the Invoice ID from the EndToEndId less its `-<attempt>` suffix, or the NACHA
 * Individual ID.
 *
 * @example
 * bankSettlementsOf('camt.054', transactions)[0]
 * // → { position: 1, booked: true, reference: 'AcctRef-1', invoiceId: 'INV-000042', attemptReference: 'INV-000042-1', kind: 'credit', … }
 */
export function bankSettlementsOf(format: BankFileFormat, transactions: readonly BankTransaction[]): BankSettlement[] {
  return transactions.map((t) => {
    const nacha = format === 'nacha';
    const attemptReference = nacha ? t.originalTrace : t.endToEndId;
    const invoiceId = nacha ? t.individualId : t.endToEndId === null ? null : invoiceIdOfEndToEndId(t.endToEndId);
    return {
      position: t.position,
      booked: t.booked,
      reference: t.bankReference,
      processedAt: t.bookingDate ?? '',
      processedDate: t.bookingDate === null ? null : parseIsoDate(t.bookingDate),
      amount: t.amount,
      currency: t.currency,
      kind: t.kind,
      reversal: t.reversal,
      attemptReference,
      invoiceId: invoiceId === '' ? null : invoiceId,
      pmtInfId: t.pmtInfId,
      batchCount: t.batchCount,
      returnCode: t.reasonCode,
      returnText: t.reasonText,
    };
  });
}
