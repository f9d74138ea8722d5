import type { LocalDate } from '../dates/localDate';
import type { RunDefinition } from '../model/run';
import { runOccurrence } from './runOccurrence';

/** One line of the `due` command (SPEC §6): a scheduled run and its next occurrence. */
export interface DueRun {
  id: string;
  name: string;
  occurrence: LocalDate;
  preProcessingDate: LocalDate;
  due: boolean;
}

/**
 * Every scheduled run with its next occurrence as of `today` — the rows `due --json` prints
 * (the CLI writes the dates as ISO text). On-demand runs are not listed (SPEC §6).
 *
 * Order: due runs first (the task pane's Runs list shows "due runs first", SPEC §7), then by
 * pre-processing date (the longest-waiting first), then by Run ID; runs that tie on all three
 * (duplicate IDs, a setup warning of their own) keep their order in the Runs sheet. Sorting by
 * pre-processing date already puts the due runs first, since a run is due exactly when that
 * date is on or before `today`.
 *
 * @example
 * listDueRuns(runs, isoDate('2026-03-29'))
 * // → [{ id: 'MONTHLY', name: 'Monthly', occurrence: 2026-04-01, preProcessingDate: 2026-03-29, due: true }, …]
 */
export function listDueRuns(runs: readonly RunDefinition[], today: LocalDate): DueRun[] {
  const listed: DueRun[] = [];
  for (const run of runs) {
    const next = runOccurrence(run, today);
    if (next !== null) listed.push({ id: run.id, name: run.name, ...next });
  }
  return listed.sort(byDateThenId);
}

function byDateThenId(a: DueRun, b: DueRun): number {
  if (a.preProcessingDate !== b.preProcessingDate) return a.preProcessingDate - b.preProcessingDate;
  // Plain code-unit order: Run IDs are A-Z 0-9 - _, and the order must not depend on the locale.
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
