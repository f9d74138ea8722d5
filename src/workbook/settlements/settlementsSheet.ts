import { SETTLEMENT_RESULTS, SETTLEMENT_STATUSES } from '../../engine/reconcile/settlement';
import { parseCurrencyCell } from '../cells/parseCurrencyCell';
import { enumCellParser } from '../cells/parseEnumCell';
import { parseTextCell } from '../cells/parseTextCell';
import { optionalColumn, requiredColumn, type SheetColumns, type SheetSpec } from '../schema/columnSpec';
import { parseAmountCell } from './parseAmountCell';
import { parseProcessedAtCell } from './parseProcessedAtCell';

/** The Settlements sheet, or the first sheet of a settlements file (SPEC §2). */
export const settlementsSheet = {
  name: 'Settlements',
  required: true,
  columns: {
    reference: requiredColumn('Reference', parseTextCell),
    invoiceId: requiredColumn('Invoice ID', parseTextCell),
    amount: requiredColumn('Amount', parseAmountCell),
    result: requiredColumn('Result', enumCellParser(SETTLEMENT_RESULTS)),
    settlementStatus: requiredColumn('Settlement Status', enumCellParser(SETTLEMENT_STATUSES)),
    processedAt: requiredColumn('Processed At', parseProcessedAtCell),
    reason: optionalColumn('Reason', parseTextCell),
    // SPEC §11: blank (or no column) means no check against the invoice's currency.
    currency: optionalColumn('Currency', parseCurrencyCell),
  },
} satisfies SheetSpec<SheetColumns>;
