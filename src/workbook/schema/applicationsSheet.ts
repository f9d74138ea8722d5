import { parseApplicationStatusCell } from '../cells/parseApplicationStatusCell';
import { parseDateCell } from '../cells/parseDateCell';
import { parseTextCell } from '../cells/parseTextCell';
import { optionalColumn, requiredColumn, type SheetColumns, type SheetSpec } from './columnSpec';

/** The optional Applications sheet: `Approved` rows are activated by a run (SPEC §2, §3.7). */
export const applicationsSheet = {
  name: 'Applications',
  required: false,
  columns: {
    applicationId: requiredColumn('Application ID', parseTextCell),
    memberId: requiredColumn('Member ID', parseTextCell),
    name: requiredColumn('Name', parseTextCell),
    email: optionalColumn('Email', parseTextCell),
    memberType: optionalColumn('Member Type', parseTextCell),
    product: requiredColumn('Product', parseTextCell),
    status: requiredColumn('Status', parseApplicationStatusCell),
    requestedStart: optionalColumn('Requested Start', parseDateCell),
  },
} satisfies SheetSpec<SheetColumns>;
