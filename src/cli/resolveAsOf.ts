import { parseIsoDate } from '../engine/dates/isoDate';
import type { LocalDate } from '../engine/dates/localDate';
import type { RunDefinition } from '../engine/model/run';
import { runOccurrence } from '../engine/schedule/runOccurrence';
import { UsageError } from './cliErrors';

/**
 * The as-of date of a command: `--as-of` when given; for a scheduled run, its due occurrence
 * (SPEC §6: "preview of a scheduled run without --as-of previews its due occurrence"); else today.
 */
export function resolveAsOf(asOf: LocalDate | undefined, run: RunDefinition | null, today: LocalDate): LocalDate {
  if (asOf !== undefined) return asOf;
  const occurrence = run ? runOccurrence(run, today) : null;
  return occurrence ? occurrence.occurrence : today;
}

/**
 * Parses `--as-of YYYY-MM-DD`; anything else is a usage error (exit 2). Commands call it
 * before opening the workbook, so a usage error never touches a file.
 */
export function parseAsOfFlag(text: string | undefined): LocalDate | undefined {
  if (text === undefined) return undefined;
  const date = parseIsoDate(text);
  if (date === null) throw new UsageError(`--as-of must be a real date written YYYY-MM-DD, not '${text}'`);
  return date;
}
