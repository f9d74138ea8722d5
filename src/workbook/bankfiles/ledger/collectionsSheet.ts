import { parseDateCell } from '../../cells/parseDateCell';
import { enumCellParser } from '../../cells/parseEnumCell';
import { parseNumberCell } from '../../cells/parseNumberCell';
import { parseTextCell } from '../../cells/parseTextCell';
import { optionalColumn, requiredColumn, type SheetColumns, type SheetSpec } from '../../schema/columnSpec';

/**
 * The Collections sheet: one row per collection a post put in a payment file (SPEC §10), the
 * ledger reconcile matches the bank's answers against (see `collectionLedgerRow`). Written by
 * posting only; staff need not touch it.
 */
export const collectionsSheet = {
  name: 'Collections',
  required: false,
  columns: {
    reference: requiredColumn('Reference', parseTextCell),
    invoiceId: requiredColumn('Invoice ID', parseTextCell),
    runId: requiredColumn('Run ID', parseTextCell),
    asOf: requiredColumn('As Of', parseDateCell),
    paymentFile: requiredColumn('Payment File', enumCellParser(['sepa', 'nacha'] as const)),
    collectionDate: requiredColumn('Collection Date', parseDateCell),
    sequenceType: optionalColumn('Sequence Type', enumCellParser(['FRST', 'RCUR'] as const)),
    mandateId: optionalColumn('Mandate ID', parseTextCell),
    amount: requiredColumn('Amount', parseNumberCell),
  },
} satisfies SheetSpec<SheetColumns>;
