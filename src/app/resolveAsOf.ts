import { parseIsoDate } from '../engine/dates/isoDate';
import type { LocalDate } from '../engine/dates/localDate';
import type { RunDefinition } from '../engine/model/run';
import { runOccurrence } from '../engine/schedule/runOccurrence';
import { todayInTimeZone } from '../workbook/timeZone/todayInTimeZone';
import type { OpenedBook } from './openBook';
import { Refusal } from './refusal';

/** What the as-of date is worked out from: the date asked for, if any, and the clock's instant. */
export interface AsOfOptions {
  asOf?: LocalDate;
  now: Date;
}

/**
 * Today in the workbook's `Time Zone` setting (SPEC §6).
 *
 * @example
 * todayOf(book, new Date('2026-11-21T03:00:00Z')) // → 2026-11-20 in America/Chicago
 */
export function todayOf(book: OpenedBook, now: Date): LocalDate {
  return todayInTimeZone(now, book.read.records.settings.timeZone);
}

/**
 * The as-of date of a use case: the one asked for; for a scheduled run, its due occurrence
 * (SPEC §6: "preview of a scheduled run without --as-of previews its due occurrence"); else
 * today in the workbook's time zone. Pass `run` null where no run is concerned (due, validate).
 *
 * @example
 * resolveAsOf(book, nightly, { now }) // → the nightly run's occurrence on or after today
 * resolveAsOf(book, null, { asOf: isoDate('2026-11-21'), now }) // → 2026-11-21
 */
export function resolveAsOf(book: OpenedBook, run: RunDefinition | null, { asOf, now }: AsOfOptions): LocalDate {
  if (asOf !== undefined) return asOf;
  const today = todayOf(book, now);
  const occurrence = run ? runOccurrence(run, today) : null;
  return occurrence ? occurrence.occurrence : today;
}

/**
 * A date typed as `YYYY-MM-DD` (the pane's fields), or a `BAD_DATE` refusal.
 *
 * @example
 * parseAsOf('2026-11-21') // → 2026-11-21
 * parseAsOf('21/11/2026') // throws Refusal BAD_DATE
 */
export function parseAsOf(text: string): LocalDate {
  const date = parseIsoDate(text);
  if (date === null) throw new Refusal('BAD_DATE', `'${text}' is not a date written YYYY-MM-DD.`);
  return date;
}
