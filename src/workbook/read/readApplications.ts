import type { Application } from '../../engine/model/records';
import { applicationsSheet } from '../schema/applicationsSheet';
import type { SheetGrid } from '../sheetGrid';
import { FirstRowByKey } from './duplicateRows';
import type { ReadContext } from './readContext';
import { readSheetRows } from './readSheetRows';
import { sortByRow, type SheetReadResult } from './sheetReadResult';

/**
 * Reads the optional Applications sheet (SPEC §2, §3.7). Input errors: bad cells and an
 * Application ID already used on an earlier row (the later rows are the errors).
 *
 * @example
 * readApplications(findSheet(book, 'Applications'), context)
 * // → { records: [{ row: 2, applicationId: 'APP-1', status: 'Approved', … }], … }
 */
export function readApplications(grid: SheetGrid | null, context: ReadContext): SheetReadResult<Application> {
  const records: Application[] = [];
  const ids = new FirstRowByKey();
  const reading = readSheetRows(grid, applicationsSheet, context, (r, sheet) => {
    if (r.values.applicationId !== null) {
      const earlier = ids.claim(r.values.applicationId, r.row);
      if (earlier !== null) {
        sheet.addError(r.row, 'applicationId', `${sheet.headers.applicationId} '${r.values.applicationId}' is already used on row ${earlier}`);
        return;
      }
    }
    if (!r.ok) return;
    const { applicationId, memberId, name, email, memberType, product, status, requestedStart } = r.values;
    records.push({ row: r.row, applicationId, memberId, name, email, memberType, product, status, requestedStart });
  });
  return { records, inputErrors: sortByRow(reading.inputErrors), missing: reading.missing };
}
