import type { ApplyContext } from '../../apply/applyContext';
import type { Invoice, Member } from '../../model/records';
import type { BankCollectionRow } from '../paymentBatchRow';
import { collectionDate } from './collectionDate';
import { endToEndId } from './endToEndId';
import { sequenceType } from './sequenceType';

/**
 * The bank side of a posting collection (SPEC §10), `null` when the run has no Payment File:
 * the collection date `C`, the reference the bank will quote back (SEPA EndToEndId
 * `<Invoice ID>-<attempt>`, NACHA the trace number assigned for the post) and the member's
 * account as it stands now. The planner checked the details are there.
 *
 * @example
 * bankCollectionRow(member, invoice, 2, ctx)
 * // → { paymentFile: 'sepa', collectionDate: 2026-12-14, reference: 'INV-000042-2', sequenceType: 'RCUR', … }
 */
export function bankCollectionRow(member: Member, invoice: Invoice, attempt: number, itemKey: string, ctx: ApplyContext): BankCollectionRow | null {
  const format = ctx.paymentFile;
  if (format === null) return null;
  const date = collectionDate(invoice.dueDate, ctx.asOf, ctx.settings.collectionLeadDays);
  if (format === 'sepa') {
    return {
      paymentFile: format,
      collectionDate: date,
      reference: endToEndId(invoice.invoiceId, attempt),
      sequenceType: sequenceType(member),
      mandateId: member.mandateId,
      mandateDate: member.mandateDate,
      iban: member.iban,
      bic: member.bic,
      routingNumber: null,
      accountNumber: null,
      accountType: null,
    };
  }
  const trace = ctx.traceNumbers.get(itemKey);
  if (trace === undefined) throw new Error(`No trace number was assigned to ${itemKey}.`);
  return {
    paymentFile: format,
    collectionDate: date,
    reference: trace,
    sequenceType: null,
    mandateId: null,
    mandateDate: null,
    iban: null,
    bic: null,
    routingNumber: member.routingNumber,
    accountNumber: member.accountNumber,
    accountType: member.accountType,
  };
}
