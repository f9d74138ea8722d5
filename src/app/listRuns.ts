import type { LocalDate } from '../engine/dates/localDate';
import type { RunDefinition } from '../engine/model/run';
import type { SetupWarning } from '../engine/model/setupWarning';
import { type DueRun, listDueRuns } from '../engine/schedule/listDueRuns';
import { checkRunSetup } from '../engine/setup/checkRunSetup';
import type { OpenedBook } from './openBook';

/** A run of the Runs list: its definition, its schedule as of today (null on demand) and its setup warnings. */
export interface ListedRun {
  run: RunDefinition;
  due: DueRun | null;
  warnings: SetupWarning[];
}

/**
 * The scheduled runs with their next occurrence and pre-processing date as of `today`, due
 * ones first (SPEC §4, §6 `due`); on-demand runs are not listed.
 *
 * @example
 * dueRuns(book, isoDate('2026-11-21')).filter((r) => r.due).map((r) => r.id) // → ['NIGHTLY']
 */
export function dueRuns(book: OpenedBook, today: LocalDate): DueRun[] {
  return listDueRuns(book.read.runs, today);
}

/**
 * Every run of the book (SPEC §7 Runs page): due runs first, then the other scheduled runs in
 * dueRuns' order, then on-demand runs in sheet order; each with its setup warnings as of today.
 *
 * @example
 * listRuns(book, today)[0].due?.due // → true when some run is due
 */
export function listRuns(book: OpenedBook, today: LocalDate): ListedRun[] {
  const scheduled = dueRuns(book, today);
  const byId = new Map(scheduled.map((d) => [d.id, d]));
  const order = new Map(scheduled.map((d, i) => [d.id, i]));
  const warnings = checkRunSetup(book.read.runs, today, book.read.records.settings);
  const rank = (run: RunDefinition) => order.get(run.id) ?? Number.MAX_SAFE_INTEGER;
  return [...book.read.runs]
    .sort((a, b) => rank(a) - rank(b))
    .map((run) => ({ run, due: byId.get(run.id) ?? null, warnings: warnings.filter((w) => w.runId === run.id) }));
}
