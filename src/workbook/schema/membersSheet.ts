import { MEMBER_STATUSES } from '../../engine/model/records';
import { parseAccountNumberCell } from '../cells/parseAccountNumberCell';
import { parseAccountTypeCell } from '../cells/parseAccountTypeCell';
import { parseBicCell } from '../cells/parseBicCell';
import { parseBooleanCell } from '../cells/parseBooleanCell';
import { parseIbanCell } from '../cells/parseIbanCell';
import { parseMandateIdCell } from '../cells/parseMandateIdCell';
import { parseRoutingNumberCell } from '../cells/parseRoutingNumberCell';
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
    iban: optionalColumn('IBAN', parseIbanCell),
    bic: optionalColumn('BIC', parseBicCell),
    mandateId: optionalColumn('Mandate ID', parseMandateIdCell),
    mandateDate: optionalColumn('Mandate Date', parseDateCell),
    lastMandateCollected: optionalColumn('Last Mandate Collected', parseTextCell),
    routingNumber: optionalColumn('Routing Number', parseRoutingNumberCell),
    accountNumber: optionalColumn('Account Number', parseAccountNumberCell),
    accountType: optionalColumn('Account Type', parseAccountTypeCell, { whenBlank: 'Checking' }),
  },
} satisfies SheetSpec<SheetColumns>;
