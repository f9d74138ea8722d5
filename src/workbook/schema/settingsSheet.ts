import { GRACE_STATUSES, MEMBER_STATUSES } from '../../engine/model/records';
import { isGraceStatus } from '../../engine/model/isCurrentMembership';
import type { DateOrder, PaperSize, Settings, SmtpSecurity } from '../../engine/model/settings';
import type { CellParser } from '../cells/cellParser';
import { enumCellParser } from '../cells/parseEnumCell';
import { integerCellParser, parseNonNegativeIntegerCell } from '../cells/parseIntegerCell';
import { parseLocaleCell } from '../cells/parseLocaleCell';
import { parseRawCell } from '../cells/parseRawCell';
import { parseTextCell } from '../cells/parseTextCell';
import { parseTimeZoneCell } from '../cells/parseTimeZoneCell';
import { optionalColumn, requiredColumn, type SheetColumns, type SheetSpec } from './columnSpec';

export const DATE_ORDERS: readonly DateOrder[] = ['YMD', 'DMY', 'MDY'];
export const PAPER_SIZES: readonly PaperSize[] = ['A4', 'Letter'];
export const SMTP_SECURITIES: readonly SmtpSecurity[] = ['starttls', 'tls', 'none'];

/**
 * The optional Settings sheet: two columns, one setting a row (SPEC §2). The Value column is
 * read per setting with {@link SETTINGS}; a sheet without it is reported by the reader.
 */
export const settingsSheet = {
  name: 'Settings',
  required: false,
  columns: {
    setting: requiredColumn('Setting', parseTextCell),
    value: optionalColumn('Value', parseRawCell),
  },
} satisfies SheetSpec<SheetColumns>;

/** One setting: its name on the sheet (matched like a header) and how its value is read. */
export interface SettingSpec<T> {
  name: string;
  parse: CellParser<T>;
}

/**
 * Every setting the Settings sheet may hold, as data. A status a drop writes must be a status
 * the Members sheet accepts (else the next read would reject every dropped row), and it cannot
 * be `Active`. A grace status (SPEC §11) is one of a fixed set, never a Dropped Status: grace
 * memberships still count as current, dropped ones never do.
 */
export const SETTINGS: { [K in keyof Settings]: SettingSpec<Settings[K]> } = {
  timeZone: { name: 'Time Zone', parse: parseTimeZoneCell },
  dateOrder: { name: 'Date Order', parse: enumCellParser(DATE_ORDERS) },
  invoicePrefix: { name: 'Invoice Prefix', parse: parseTextCell },
  droppedStatus: { name: 'Dropped Status', parse: enumCellParser(MEMBER_STATUSES.filter((s) => s !== 'Active' && !isGraceStatus(s))) },
  graceStatus: { name: 'Grace Status', parse: enumCellParser(GRACE_STATUSES) },
  nonMemberType: { name: 'Non-Member Type', parse: parseTextCell },
  maxPaymentRetries: { name: 'Max Payment Retries', parse: parseNonNegativeIntegerCell },
  reconcileTimeoutDays: { name: 'Reconcile Timeout Days', parse: parseNonNegativeIntegerCell },
  reinstateWithinDays: { name: 'Reinstate Within Days', parse: parseNonNegativeIntegerCell },
  // Messages (SPEC §9). Text settings keep their inner line breaks (an address is multi-line).
  locale: { name: 'Locale', parse: parseLocaleCell },
  paperSize: { name: 'Paper Size', parse: enumCellParser(PAPER_SIZES) },
  organisationName: { name: 'Organisation Name', parse: parseTextCell },
  organisationAddress: { name: 'Organisation Address', parse: parseTextCell },
  paymentInstructions: { name: 'Payment Instructions', parse: parseTextCell },
  smtpHost: { name: 'SMTP Host', parse: parseTextCell },
  smtpPort: { name: 'SMTP Port', parse: integerCellParser({ min: 1, max: 65535 }) },
  smtpSecurity: { name: 'SMTP Security', parse: enumCellParser(SMTP_SECURITIES) },
  smtpUser: { name: 'SMTP User', parse: parseTextCell },
  fromAddress: { name: 'From Address', parse: parseTextCell },
  fromName: { name: 'From Name', parse: parseTextCell },
  replyTo: { name: 'Reply To', parse: parseTextCell },
  // Direct debit (SPEC §10). Identifiers are read as written and checked by the payment-file
  // setup check, so a wrong one is a warning naming it on the runs that need it.
  collectionLeadDays: { name: 'Collection Lead Days', parse: parseNonNegativeIntegerCell },
  creditorName: { name: 'Creditor Name', parse: parseTextCell },
  creditorIban: { name: 'Creditor IBAN', parse: parseTextCell },
  creditorBic: { name: 'Creditor BIC', parse: parseTextCell },
  creditorId: { name: 'Creditor ID', parse: parseTextCell },
  sepaScheme: { name: 'SEPA Scheme', parse: parseTextCell },
  preNotificationDays: { name: 'Pre-Notification Days', parse: parseNonNegativeIntegerCell },
  achImmediateDestination: { name: 'ACH Immediate Destination', parse: parseTextCell },
  achDestinationName: { name: 'ACH Destination Name', parse: parseTextCell },
  achImmediateOrigin: { name: 'ACH Immediate Origin', parse: parseTextCell },
  achOriginName: { name: 'ACH Origin Name', parse: parseTextCell },
  achCompanyName: { name: 'ACH Company Name', parse: parseTextCell },
  achCompanyId: { name: 'ACH Company ID', parse: parseTextCell },
  achOdfi: { name: 'ACH ODFI', parse: parseTextCell },
  achEntryDescription: { name: 'ACH Entry Description', parse: parseTextCell },
};
