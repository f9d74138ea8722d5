import { ATTEMPT_STATUSES, INVOICE_STATUSES } from '../../engine/model/records';
import { parseCurrencyCell } from '../cells/parseCurrencyCell';
import { parseDateCell } from '../cells/parseDateCell';
import { enumCellParser } from '../cells/parseEnumCell';
import { parseNonNegativeIntegerCell } from '../cells/parseIntegerCell';
import { parseNonNegativeNumberCell } from '../cells/parseNumberCell';
import { parseTextCell } from '../cells/parseTextCell';
import { optionalColumn, requiredColumn, type SheetColumns, type SheetSpec } from './columnSpec';

/** The Invoices sheet; optional to read (post creates it when absent) (SPEC §2). */
export const invoicesSheet = {
  name: 'Invoices',
  required: false,
  columns: {
    invoiceId: requiredColumn('Invoice ID', parseTextCell),
    membershipId: requiredColumn('Membership ID', parseTextCell),
    memberId: optionalColumn('Member ID', parseTextCell),
    runId: optionalColumn('Run ID', parseTextCell),
    billDate: optionalColumn('Bill Date', parseDateCell),
    dueDate: requiredColumn('Due Date', parseDateCell),
    termStart: requiredColumn('Term Start', parseDateCell),
    termEnd: requiredColumn('Term End', parseDateCell),
    product: requiredColumn('Product', parseTextCell),
    amount: requiredColumn('Amount', parseNonNegativeNumberCell),
    balance: requiredColumn('Balance', parseNonNegativeNumberCell),
    status: requiredColumn('Status', enumCellParser(INVOICE_STATUSES)),
    noticesSent: optionalColumn('Notices Sent', parseNonNegativeIntegerCell, { whenBlank: 0 }),
    lastNoticeDate: optionalColumn('Last Notice Date', parseDateCell),
    attempts: optionalColumn('Attempts', parseNonNegativeIntegerCell, { whenBlank: 0 }),
    lastAttemptDate: optionalColumn('Last Attempt Date', parseDateCell),
    lastAttemptStatus: optionalColumn('Last Attempt Status', enumCellParser(ATTEMPT_STATUSES)),
    lastAttemptReason: optionalColumn('Last Attempt Reason', parseTextCell),
    lastAttemptReference: optionalColumn('Last Attempt Reference', parseTextCell),
    lastAttemptAccount: optionalColumn('Last Attempt Account', parseTextCell),
    collectionDate: optionalColumn('Collection Date', parseDateCell),
    currency: optionalColumn('Currency', parseCurrencyCell),
  },
} satisfies SheetSpec<SheetColumns>;
