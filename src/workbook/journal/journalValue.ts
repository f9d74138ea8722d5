import { fromYmd, LocalDate } from '../../engine/dates/localDate';
import { serialToDate } from '../cells/excelSerial';
import { isDateCell, OutputCell } from '../outputGrid';
import type { Cell } from '../sheetGrid';

/** How a journaled value is typed, so revert writes back exactly what was there. */
export type JournalValueType = 'blank' | 'text' | 'number' | 'boolean' | 'date' | 'error';

/** A value as the Journal stores it: its type, and a cell that holds it. */
export interface JournalValue {
  type: JournalValueType;
  value: OutputCell;
}

/**
 * Encodes a cell (read from the workbook, or about to be written) for the Journal. An error
 * value is kept as its text (`#N/A`); a JS Date is read by its UTC calendar day.
 *
 * @example
 * encodeJournalValue({ date: d }) // → { type: 'date', value: { date: d } }
 * encodeJournalValue(null)        // → { type: 'blank', value: null }
 */
export function encodeJournalValue(cell: Cell | OutputCell): JournalValue {
  if (cell === null) return { type: 'blank', value: null };
  if (typeof cell === 'string') return { type: 'text', value: cell };
  if (typeof cell === 'number') return { type: 'number', value: cell };
  if (typeof cell === 'boolean') return { type: 'boolean', value: cell };
  if (cell instanceof Date) {
    return { type: 'date', value: { date: fromYmd(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate()) as LocalDate } };
  }
  if ('error' in cell) return { type: 'error', value: cell.error };
  return { type: 'date', value: cell };
}

/**
 * Decodes a journaled value read back from the Journal sheet (a date comes back as a serial in
 * the workbook's date system). Returns `undefined` when the stored cell does not fit its type
 * (someone edited the Journal): revert then refuses rather than guess.
 *
 * @example
 * decodeJournalValue('date', 46347, false) // → { date: 2026-11-21 }
 */
export function decodeJournalValue(type: string, cell: Cell, date1904: boolean): OutputCell | undefined {
  switch (type) {
    case 'blank':
      return null;
    case 'text':
    case 'error':
      return typeof cell === 'string' ? cell : cell === null ? '' : undefined;
    case 'number':
      return typeof cell === 'number' ? cell : undefined;
    case 'boolean':
      return typeof cell === 'boolean' ? cell : undefined;
    case 'date': {
      const date = typeof cell === 'number' ? serialToDate(cell, date1904) : null;
      return date === null ? undefined : { date };
    }
    default:
      return undefined;
  }
}

/**
 * Whether a workbook cell still holds a journaled value (revert's "nothing depends on it"
 * test). A date matches its serial; text compares exactly.
 *
 * @example
 * holdsValue(46347, { date: isoDate('2026-11-21') }, false) // → true
 */
export function holdsValue(cell: Cell, value: OutputCell, date1904: boolean): boolean {
  if (value === null) return cell === null || (typeof cell === 'string' && cell === '');
  if (isDateCell(value)) return typeof cell === 'number' && serialToDate(cell, date1904) === value.date;
  return cell === value;
}
