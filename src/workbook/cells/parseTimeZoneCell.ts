import type { CellContext, ValueCell } from './cellParser';
import { accept, reject, type CellResult } from './cellResult';
import { describeCell } from './describeCell';

// Offsets like +01:00 are time zones to newer JavaScript engines but not IANA names, and they
// ignore daylight saving time, so they are refused everywhere alike.
const OFFSET = /^[+\-\u2212]\d/;

/**
 * Reads an IANA time zone name (`Europe/London`, `UTC`), checked with the JavaScript engine's
 * own time-zone database (`Intl.DateTimeFormat`) and returned in its canonical spelling
 * (`europe/london` → `Europe/London`).
 *
 * @example
 * parseTimeZoneCell('europe/london', context) // → { ok: true, value: 'Europe/London' }
 * parseTimeZoneCell('Mars/Base', context)     // → { ok: false, message: "Time Zone 'Mars/Base' is not an IANA time zone such as Europe/London" }
 */
export function parseTimeZoneCell(cell: ValueCell, context: CellContext): CellResult<string> {
  if (typeof cell === 'string' && !OFFSET.test(cell.trim())) {
    try {
      return accept(new Intl.DateTimeFormat('en-US', { timeZone: cell.trim() }).resolvedOptions().timeZone);
    } catch {
      // A RangeError: the engine does not know this zone. Reported below like any bad value.
    }
  }
  return reject(`${context.column} ${describeCell(cell)} is not an IANA time zone such as Europe/London`);
}
