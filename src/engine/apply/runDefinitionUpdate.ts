import type { LocalDate } from '../dates/localDate';
import type { RunDefinition } from '../model/run';
import type { RowUpdate } from './changeSet';

/**
 * The Runs row update a post makes (SPEC §4 lifecycle): Status `Executed`, Last As Of = the
 * posted as-of date (a scheduled run's next occurrence is counted from it), and Last Executed
 * At = the host's clock reading, passed in as ISO date-time text (the engine reads no clock).
 *
 * @example
 * runDefinitionUpdate(run, isoDate('2026-11-21'), '2026-11-21T08:00:00Z')
 * // → { sheet: 'Runs', row: run.row, values: { Status: 'Executed', 'Last As Of': { date: … }, 'Last Executed At': '2026-11-21T08:00:00Z' } }
 */
export function runDefinitionUpdate(run: RunDefinition, asOf: LocalDate, executedAt: string): RowUpdate {
  return {
    sheet: 'Runs',
    row: run.row,
    values: { Status: 'Executed', 'Last As Of': { date: asOf }, 'Last Executed At': executedAt },
  };
}
