import type { ApplyContext } from '../../apply/applyContext';
import type { RowAppend } from '../../apply/changeSet';
import type { BankCollectionRow } from '../paymentBatchRow';

/**
 * The `Collections` sheet's row for a collection a post hands to the bank: the ledger of every
 * debit ever put in a payment file. Batch sheets hold only a run's latest post, but the bank's
 * answers come days later, after other posts: reconcile reads this ledger to know which
 * collections a batch-booked credit covers (run, as-of and collection date, sequence type — the
 * PmtInfId is made from them) and whether a returned debit was a `FRST` (SPEC §10). Appended in
 * the post, so it is journaled and a revert empties it again.
 *
 * @example
 * collectionLedgerRow(bank, 'INV-000042', 120, ctx).values
 * // → { Reference: 'INV-000042-1', 'Invoice ID': 'INV-000042', 'Run ID': 'DD', 'As Of': {date}, 'Payment File': 'sepa', … }
 */
export function collectionLedgerRow(bank: BankCollectionRow, invoiceId: string, amount: number, ctx: ApplyContext): RowAppend {
  return {
    sheet: 'Collections',
    values: {
      Reference: bank.reference,
      'Invoice ID': invoiceId,
      'Run ID': ctx.runId,
      'As Of': { date: ctx.asOf },
      'Payment File': bank.paymentFile,
      'Collection Date': { date: bank.collectionDate },
      'Sequence Type': bank.sequenceType,
      'Mandate ID': bank.mandateId,
      Amount: amount,
    },
  };
}
