import { formatIsoDate, parseIsoDate } from '../../engine/dates/isoDate';
import { fromYmd, LocalDate } from '../../engine/dates/localDate';
import { serialToDate } from '../cells/excelSerial';
import { isDateCell, OutputCell } from '../outputGrid';
import type { Cell } from '../sheetGrid';

/** A value as the Journal stores it in JSON: dates and errors are tagged so revert writes back exactly what was there. */
export type JournalJson = string | number | boolean | null | { date: string } | { error: string };

/**
 * Encodes a cell (read from the workbook, or about to be written) for the Journal. A date is
 * kept as ISO text (independent of the date system); a JS Date by its UTC calendar day.
 *
 * @example
 * toJournalJson({ date: isoDate('2026-11-21') }) // → { date: '2026-11-21' }
 * toJournalJson({ error: '#N/A' })               // → { error: '#N/A' }
 */
export function toJournalJson(cell: Cell | OutputCell): JournalJson {
  if (cell === null || typeof cell !== 'object') return cell;
  if (cell instanceof Date) {
    return { date: formatIsoDate(fromYmd(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate()) as LocalDate) };
  }
  if ('error' in cell) return { error: cell.error };
  return { date: formatIsoDate(cell.date) };
}

/**
 * Decodes a Journal value back into a cell to write. An error value comes back as its text
 * (a cell can be set to text, not to an error). `undefined` when the value is not one the
 * Journal writes (someone edited it): revert then refuses rather than guess.
 *
 * @example
 * fromJournalJson({ date: '2026-11-21' }) // → { date: 2026-11-21 }
 */
export function fromJournalJson(value: unknown): OutputCell | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'object') return undefined;
  const tagged = value as Record<string, unknown>;
  if (typeof tagged.error === 'string') return tagged.error;
  const date = typeof tagged.date === 'string' ? parseIsoDate(tagged.date) : null;
  return date === null ? undefined : { date };
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
