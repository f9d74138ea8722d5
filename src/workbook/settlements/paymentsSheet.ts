import { parseTextCell } from '../cells/parseTextCell';
import { parseNumberCell } from '../cells/parseNumberCell';
import { parseTimestampCell } from '../cells/parseTimestampCell';
import { optionalColumn, requiredColumn, type SheetColumns, type SheetSpec } from '../schema/columnSpec';

/**
 * The Payments sheet: one row per settled payment reconcile applied (SPEC §3.8). Created by
 * the first reconcile that applies a payment; its References make re-imports no-ops.
 */
export const paymentsSheet = {
  name: 'Payments',
  required: false,
  columns: {
    reference: requiredColumn('Reference', parseTextCell),
    invoiceId: optionalColumn('Invoice ID', parseTextCell),
    amount: optionalColumn('Amount', parseNumberCell),
    processedAt: optionalColumn('Processed At', parseTimestampCell),
    batch: optionalColumn('Batch', parseTextCell),
    /** The bank reference of a reversal that undid the payment (SPEC §10), blank while it stands. */
    reversedBy: optionalColumn('Reversed By', parseTextCell),
  },
} satisfies SheetSpec<SheetColumns>;
