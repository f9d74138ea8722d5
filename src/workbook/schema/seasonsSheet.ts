import { parseDateCell } from '../cells/parseDateCell';
import { parseTextCell } from '../cells/parseTextCell';
import { requiredColumn, type SheetColumns, type SheetSpec } from './columnSpec';

/** The optional Seasons sheet: named date ranges for the mapping table (SPEC §2, §3.3). */
export const seasonsSheet = {
  name: 'Seasons',
  required: false,
  columns: {
    season: requiredColumn('Season', parseTextCell),
    startDate: requiredColumn('Start Date', parseDateCell),
    endDate: requiredColumn('End Date', parseDateCell),
  },
} satisfies SheetSpec<SheetColumns>;
