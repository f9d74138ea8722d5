import { parseIsoDate } from '../engine/dates/isoDate';
import type { LocalDate } from '../engine/dates/localDate';
import { UsageError } from './cliErrors';

/**
 * Parses `--as-of YYYY-MM-DD`; anything else is a usage error (exit 2). Commands call it
 * before opening the workbook, so a usage error never touches a file. Without the flag the
 * as-of date is app/resolveAsOf's.
 *
 * @example
 * parseAsOfFlag('2026-11-21') // → 2026-11-21
 * parseAsOfFlag(undefined)    // → undefined
 */
export function parseAsOfFlag(text: string | undefined): LocalDate | undefined {
  if (text === undefined) return undefined;
  const date = parseIsoDate(text);
  if (date === null) throw new UsageError(`--as-of must be a real date written YYYY-MM-DD, not '${text}'`);
  return date;
}
