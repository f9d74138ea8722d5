import { formatIsoDate } from '../../engine/dates/isoDate';
import type { Season } from '../../engine/model/records';
import { seasonsSheet } from '../schema/seasonsSheet';
import type { SheetGrid } from '../sheetGrid';
import type { ReadContext } from './readContext';
import { readSheetRows } from './readSheetRows';
import type { SheetReadResult } from './sheetReadResult';

/**
 * Reads the optional Seasons sheet (SPEC §2, §3.3). Input errors: bad cells, an End Date
 * before the Start Date, and a season overlapping a season kept from an earlier row (the later
 * row is the error), so the seasons returned never overlap and every date has at most one.
 *
 * @example
 * readSeasons(findSheet(book, 'Seasons'), context)
 * // → { records: [{ row: 2, season: '2025', startDate: 2025-01-01, endDate: 2025-12-31 }], … }
 */
export function readSeasons(grid: SheetGrid | null, context: ReadContext): SheetReadResult<Season> {
  /** Seasons kept so far, sorted by start date; they never overlap, so also by end date. */
  const kept: Season[] = [];
  const reading = readSheetRows(grid, seasonsSheet, context, (r, sheet) => {
    if (!r.ok) return;
    const { season, startDate, endDate } = r.values;
    const { headers } = sheet;
    if (endDate < startDate) {
      sheet.addError(r.row, 'endDate', `${headers.endDate} ${formatIsoDate(endDate)} is before ${headers.startDate} ${formatIsoDate(startDate)}`);
      return;
    }
    const at = insertionPoint(kept, startDate);
    // Only the neighbours can overlap: the one starting before, and the one starting after.
    const clash = [kept[at - 1], kept[at]].find((s) => s !== undefined && s.startDate <= endDate && startDate <= s.endDate);
    if (clash !== undefined) {
      sheet.addError(
        r.row,
        'startDate',
        `Season '${season}' (${formatIsoDate(startDate)} to ${formatIsoDate(endDate)}) overlaps season '${clash.season}' on row ${clash.row}`,
      );
      return;
    }
    kept.splice(at, 0, { row: r.row, season, startDate, endDate });
  });
  const records = kept.sort((a, b) => a.row - b.row);
  return { records, inputErrors: reading.inputErrors, missing: reading.missing };
}

/** Index of the first kept season starting after `start` (binary search). */
function insertionPoint(kept: readonly Season[], start: number): number {
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (kept[mid].startDate <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
