import { addDays, LocalDate } from '../dates/localDate';
import type { RunDefinition } from '../model/run';
import { firstOccurrenceOnOrAfter, nextOccurrence } from './nextOccurrence';

/** The occurrence of a scheduled run to process next, and whether it is due (SPEC §4). */
export interface RunOccurrence {
  /** The as-of date to preview: "the preview of an occurrence is computed as of the occurrence date". */
  occurrence: LocalDate;
  /** `occurrence − Pre-Processing Lead Days`: the day staff can start reviewing it. */
  preProcessingDate: LocalDate;
  /** Whether `preProcessingDate ≤ today`. */
  due: boolean;
}

/**
 * The next occurrence of a scheduled run as of `today`, or `null` for an on-demand run (blank
 * Frequency). SPEC §4: "for a scheduled run, its next occurrence after its Last As Of; its
 * pre-processing date = occurrence − Pre-Processing Lead Days; it is due when that date ≤ today."
 *
 * - A run that has never run (blank Last As Of) has nothing to catch up on: its occurrence is
 *   the first one on or after `today` (so today's, when today is an occurrence). Counting from
 *   some date in the past instead would make every new run due at once.
 * - A run whose Last As Of is several occurrences back is due for the oldest occurrence it
 *   missed; once that one is processed (Last As Of moves on), the next becomes due. Missed
 *   occurrences are never skipped silently.
 * - Status is not consulted: it describes the last occurrence (`Executed`, `Cancelled`, …),
 *   not the schedule, so a run whose last occurrence was cancelled is still listed.
 *
 * @example
 * const run = makeRun({ schedule: { frequency: 'monthly', dayOfMonth: 1 }, preProcessingLeadDays: 3,
 *                       lastAsOf: isoDate('2026-03-01') });
 * runOccurrence(run, isoDate('2026-03-29'))
 * // → { occurrence: 2026-04-01, preProcessingDate: 2026-03-29, due: true }
 */
export function runOccurrence(run: Pick<RunDefinition, 'schedule' | 'lastAsOf' | 'preProcessingLeadDays'>, today: LocalDate): RunOccurrence | null {
  const { schedule, lastAsOf } = run;
  if (schedule === null) return null;
  const occurrence = lastAsOf === null ? firstOccurrenceOnOrAfter(schedule, today) : nextOccurrence(schedule, lastAsOf);
  const preProcessingDate = addDays(occurrence, -run.preProcessingLeadDays);
  return { occurrence, preProcessingDate, due: preProcessingDate <= today };
}
