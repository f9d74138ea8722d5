import { fieldKey } from '../../engine/messages/fieldKey';
import { parseDateCell } from '../cells/parseDateCell';
import type { CellContext } from '../cells/cellParser';
import { findHeaderRow } from '../schema/findHeaderRow';
import { headerText } from '../schema/locateColumns';
import { isCellError, type Cell, type SheetGrid } from '../sheetGrid';
import type { MessageFormats } from './messageFormats';

/** One column of the Members sheet as a merge field: where it is and whether it holds dates. */
export interface MemberColumn {
  header: string;
  /** 0-based index into each row of the grid's `cells`. */
  index: number;
  isDate: boolean;
}

// The Members columns of SPEC §2 that hold dates; any other column whose header ends in "Date"
// is read as dates too. A grid keeps no number formats, so a date-formatted serial in another
// extra column cannot be told from a number and merges as the number.
const DATE_KEYS = new Set(['startdate', 'enddate', 'paidthrough', 'renewedthrough', 'terminationdate']);

/**
 * Every column of the Members sheet by its header key (SPEC §9: every column merges, extra
 * columns included); the first of two columns with one header wins, like the reader's.
 *
 * @example
 * memberColumns(findSheet(book, 'Members')).get('phone') // → { header: 'Phone', index: 13, isDate: false }
 */
export function memberColumns(grid: SheetGrid | null): Map<string, MemberColumn> {
  const columns = new Map<string, MemberColumn>();
  if (grid === null) return columns;
  const headerRow = findHeaderRow(grid.cells);
  if (headerRow === null) return columns;
  grid.cells[headerRow].forEach((cell, index) => {
    const header = headerText(cell);
    if (header === null) return;
    const key = fieldKey(header);
    if (!columns.has(key)) columns.set(key, { header, index, isDate: DATE_KEYS.has(key) || key.endsWith('date') });
  });
  return columns;
}

/**
 * A cell as merged text: blank and error values are empty text; a date column's serial
 * (1900 or 1904 system), JS Date or date text is written as a date in the Locale; other
 * numbers plainly (`12.5`); TRUE/FALSE as Yes/No; text as written, trimmed.
 *
 * @example
 * cellText(46357, true, formats, context) // → 'November 30, 2026'
 * cellText('555-0101', false, formats, context) // → '555-0101'
 */
export function cellText(cell: Cell | undefined, isDate: boolean, formats: MessageFormats, context: CellContext): string {
  if (cell === null || cell === undefined || isCellError(cell)) return '';
  if (isDate || cell instanceof Date) {
    const date = parseDateCell(cell, context);
    if (date.ok) return formats.date(date.value);
  }
  if (typeof cell === 'boolean') return cell ? 'Yes' : 'No';
  if (typeof cell === 'number') return String(cell);
  if (cell instanceof Date) return '';
  return cell.trim();
}
