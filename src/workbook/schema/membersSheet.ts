import { ACCOUNT_TYPES, MEMBER_STATUSES } from '../../engine/model/records';
import { parseBooleanCell } from '../cells/parseBooleanCell';
import { parseDateCell } from '../cells/parseDateCell';
import { enumCellParser } from '../cells/parseEnumCell';
import { parseTextCell } from '../cells/parseTextCell';
import { parseYearMonthCell } from '../cells/parseYearMonthCell';
import { optionalColumn, requiredColumn, type SheetColumns, type SheetSpec } from './columnSpec';

/** The Members sheet: one row per membership (SPEC §2). */
export const membersSheet = {
  name: 'Members',
  required: true,
  columns: {
    memberId: requiredColumn('Member ID', parseTextCell),
    /** Blank or absent: the Member ID (filled in by the reader). */
    membershipId: optionalColumn('Membership ID', parseTextCell),
    name: requiredColumn('Name', parseTextCell),
    email: optionalColumn('Email', parseTextCell),
    memberType: optionalColumn('Member Type', parseTextCell),
    status: requiredColumn('Status', enumCellParser(MEMBER_STATUSES)),
    product: requiredColumn('Product', parseTextCell),
    startDate: requiredColumn('Start Date', parseDateCell),
    endDate: requiredColumn('End Date', parseDateCell, { aliases: ['Paid Through'] }),
    autoPay: optionalColumn('AutoPay', parseBooleanCell, { whenBlank: false }),
    cardExpiry: optionalColumn('Card Expiry', parseYearMonthCell),
    renewedThrough: optionalColumn('Renewed Through', parseDateCell),
    terminationDate: optionalColumn('Termination Date', parseDateCell),
    // Direct debit (SPEC §10).
    iban: optionalColumn('IBAN', parseTextCell),
    bic: optionalColumn('BIC', parseTextCell),
    mandateId: optionalColumn('Mandate ID', parseTextCell),
    mandateDate: optionalColumn('Mandate Date', parseDateCell),
    lastMandateCollected: optionalColumn('Last Mandate Collected', parseTextCell),
    routingNumber: optionalColumn('Routing Number', parseTextCell),
    accountNumber: optionalColumn('Account Number', parseTextCell),
    accountType: optionalColumn('Account Type', enumCellParser(ACCOUNT_TYPES), { whenBlank: 'Checking' }),
  },
} satisfies SheetSpec<SheetColumns>;
