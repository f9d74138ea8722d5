import { ACTIONS, DEFAULT_ACTIONS, type Action } from '../../engine/actions/actionRegistry';
import { DEFAULT_TEMPLATE_SET } from '../../engine/messages/messageTemplate';
import type { Approval, AutoPayFilter, Frequency, PaymentFileFormat, Proration, RunMode, RunStatus } from '../../engine/model/run';
import { parseBooleanCell } from '../cells/parseBooleanCell';
import { parseDateCell } from '../cells/parseDateCell';
import { enumCellParser } from '../cells/parseEnumCell';
import { enumListCellParser } from '../cells/parseEnumListCell';
import { parseAlignToCell } from '../cells/parseAlignToCell';
import { parseNonNegativeIntegerCell } from '../cells/parseIntegerCell';
import { parseListCell } from '../cells/parseListCell';
import { parseRawCell } from '../cells/parseRawCell';
import { parseRunIdCell } from '../cells/parseRunIdCell';
import { parseTextCell } from '../cells/parseTextCell';
import { parseTimeCell } from '../cells/parseTimeCell';
import { parseTimestampCell } from '../cells/parseTimestampCell';
import { optionalColumn, requiredColumn, type SheetColumns, type SheetSpec } from './columnSpec';

export const RUN_MODES: readonly RunMode[] = ['rolling', 'fixed'];
export const AUTOPAY_FILTERS: readonly AutoPayFilter[] = ['all', 'only', 'exclude'];
export const FREQUENCIES: readonly Frequency[] = ['daily', 'weekly', 'monthly', 'yearly'];
export const RUN_STATUSES: readonly RunStatus[] = ['Draft', 'Previewed', 'Approved', 'Executed', 'Cancelled'];
export const APPROVALS: readonly Approval[] = ['required', 'auto'];
export const PRORATIONS: readonly Proration[] = ['none', 'monthly', 'daily'];
export const PAYMENT_FILE_FORMATS: readonly PaymentFileFormat[] = ['sepa', 'nacha'];
/** Actions of a run whose Actions cell is blank (SPEC §4), in evaluation order. */
export const DEFAULT_RUN_ACTIONS: readonly Action[] = DEFAULT_ACTIONS;

/** The Runs sheet: one run definition a row (SPEC §4). */
export const runsSheet = {
  name: 'Runs',
  required: true,
  columns: {
    /** Blank: derived from the Name by the reader. */
    id: optionalColumn('Run ID', parseRunIdCell),
    name: requiredColumn('Name', parseTextCell),
    /** Blank: {@link DEFAULT_RUN_ACTIONS}. */
    actions: optionalColumn('Actions', enumListCellParser(ACTIONS)),
    mode: optionalColumn('Mode', enumCellParser(RUN_MODES), { whenBlank: 'rolling' }),
    leadDays: optionalColumn('Lead Days', parseNonNegativeIntegerCell),
    expiringBy: optionalColumn('Expiring By', parseDateCell),
    expiryWindowDays: optionalColumn('Expiry Window Days', parseNonNegativeIntegerCell),
    effectiveDate: optionalColumn('Effective Date', parseDateCell),
    noticeIntervalDays: optionalColumn('Notice Interval Days', parseNonNegativeIntegerCell),
    maxNotices: optionalColumn('Max Notices', parseNonNegativeIntegerCell),
    dropAfterDays: optionalColumn('Drop After Days', parseNonNegativeIntegerCell),
    collectThrough: optionalColumn('Collect Through', parseDateCell),
    memberTypes: optionalColumn('Member Types', parseListCell),
    autoPay: optionalColumn('AutoPay', enumCellParser(AUTOPAY_FILTERS), { whenBlank: 'all' }),
    useMapping: optionalColumn('Use Mapping', parseBooleanCell),
    frequency: optionalColumn('Frequency', enumCellParser(FREQUENCIES)),
    /** Read with the Frequency by the reader. */
    day: optionalColumn('Day', parseRawCell),
    time: optionalColumn('Time', parseTimeCell),
    preProcessingLeadDays: optionalColumn('Pre-Processing Lead Days', parseNonNegativeIntegerCell, { whenBlank: 0 }),
    templateSet: optionalColumn('Template Set', parseTextCell, { whenBlank: DEFAULT_TEMPLATE_SET }),
    approval: optionalColumn('Approval', enumCellParser(APPROVALS), { whenBlank: 'required' }),
    paymentFile: optionalColumn('Payment File', enumCellParser(PAYMENT_FILE_FORMATS)),
    alignTo: optionalColumn('Align To', parseAlignToCell),
    proration: optionalColumn('Proration', enumCellParser(PRORATIONS), { whenBlank: 'monthly' }),
    billActivations: optionalColumn('Bill Activations', parseBooleanCell, { whenBlank: false }),
    status: optionalColumn('Status', enumCellParser(RUN_STATUSES), { whenBlank: 'Draft' }),
    lastAsOf: optionalColumn('Last As Of', parseDateCell),
    lastExecutedAt: optionalColumn('Last Executed At', parseTimestampCell),
  },
} satisfies SheetSpec<SheetColumns>;
