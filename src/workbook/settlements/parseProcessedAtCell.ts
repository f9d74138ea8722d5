import { parseIsoDate } from '../../engine/dates/isoDate';
import type { LocalDate } from '../../engine/dates/localDate';
import type { CellContext, ValueCell } from '../cells/cellParser';
import { accept, reject, type CellResult } from '../cells/cellResult';
import { describeCell } from '../cells/describeCell';
import { parseTimestampCell } from '../cells/parseTimestampCell';

/**
 * A Processed At cell: an instant (ISO text with `Z` or an offset), or a wall-clock time that
 * is already local to the workbook's Time Zone (an Excel serial or date cell).
 */
export type ProcessedAt = { text: string; epochMs: number; localDate: null } | { text: string; epochMs: null; localDate: LocalDate };

const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})[T ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(\.\d+)?)?(Z|([+-])(\d{2}):?(\d{2}))$/i;
const LOCAL_ISO = /^\d{4}-\d{2}-\d{2}(?:[T ].*)?$/;
const ZONE_SUFFIX = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Reads a settlement's Processed At (SPEC §2). ISO 8601 text must carry `Z` or an offset
 * (`2026-03-08T06:59:00Z`, `2026-03-08T01:59:00-05:00`): without one the instant is ambiguous
 * and the cell is an input error. An Excel serial (or date cell) is a local date-time in the
 * Time Zone setting, kept as `YYYY-MM-DDTHH:MM`. Numbers written as text are refused.
 *
 * @example
 * parseProcessedAtCell('2026-11-21T04:30:00Z', context) // → { ok: true, value: { text: '2026-11-21T04:30:00Z', epochMs: 1795235400000, localDate: null } }
 * parseProcessedAtCell(46000.5, context)               // → { ok: true, value: { text: '2025-12-09T12:00', epochMs: null, localDate: 2025-12-09 } }
 */
export function parseProcessedAtCell(cell: ValueCell, context: CellContext): CellResult<ProcessedAt> {
  if (typeof cell !== 'string') {
    const read = parseTimestampCell(cell, context);
    if (!read.ok || typeof cell === 'boolean') return reject(`${context.column} ${describeCell(cell)} is not a date and time`);
    return accept({ text: read.value, epochMs: null, localDate: parseIsoDate(read.value.slice(0, 10))! });
  }
  const text = cell.trim();
  const m = ISO_INSTANT.exec(text);
  const date = m ? parseIsoDate(m[1]) : null;
  if (m && date !== null) {
    const offsetMinutes = m[6].toUpperCase() === 'Z' ? 0 : (m[7] === '-' ? -1 : 1) * (Number(m[8]) * 60 + Number(m[9]));
    if (Math.abs(offsetMinutes) <= 14 * 60 && Number(m[9] ?? 0) < 60) {
      const [y, mo, d] = m[1].split('-').map(Number);
      const ms = m[5] ? Math.floor(Number(m[5]) * 1000) : 0;
      const utc = Date.UTC(y, mo - 1, d, Number(m[2]), Number(m[3]), Number(m[4] ?? 0), ms);
      return accept({ text, epochMs: utc - offsetMinutes * 60_000, localDate: null });
    }
  }
  if (LOCAL_ISO.test(text) && !ZONE_SUFFIX.test(text)) {
    return reject(`${context.column} '${text}' has no time zone: add Z or an offset like +01:00 (the moment is ambiguous)`);
  }
  return reject(`${context.column} ${describeCell(cell)} is not a date and time (write YYYY-MM-DDTHH:MM:SSZ)`);
}
