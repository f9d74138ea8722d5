import type { LocalDate } from '../dates/localDate';
import type { RunDefinition } from '../model/run';
import type { Settings } from '../model/settings';
import type { SetupWarning } from '../model/setupWarning';
import { paymentFileSetupWarnings } from './paymentFileSetupWarnings';
import { SETUP_RULES } from './setupRules';

/**
 * Every setup problem of every run, all reported together (SPEC §3.9: "run before every
 * preview; shown as warnings, never silent"). Warnings are listed run by run in the order
 * given, each run's in the order of {@link SETUP_RULES}, then its Payment File's (SPEC §10), then
 * DUPLICATE_RUN_ID. Callers planning
 * one run filter by `runId`; the words are in `engine/reasons/describeSetupWarning.ts`.
 *
 * DUPLICATE_RUN_ID: "two runs with the same ID". IDs are compared ignoring letter case and
 * surrounding spaces (`Nightly` and `NIGHTLY` would be confused by anyone reading the sheet),
 * and every run sharing the ID gets the warning, so each one shows it wherever it is looked at.
 *
 * @example
 * checkRunSetup([makeRun({ id: 'NIGHTLY', actions: ['renew', 'drop'], leadDays: 30, dropAfterDays: 20 })], asOf, settings)
 * // → [{ code: 'DROP_TOO_QUICK', runId: 'NIGHTLY', detail: { dropAfterDays: 20 } },
 * //    { code: 'DROP_BEFORE_SECOND_NOTICE', runId: 'NIGHTLY', detail: { dropAfterDays: 20, noticeIntervalDays: 30 } },
 * //    { code: 'DROP_WITHOUT_NOTIFY', runId: 'NIGHTLY' }]
 */
export function checkRunSetup(runs: readonly RunDefinition[], asOf: LocalDate, settings: Settings): SetupWarning[] {
  const rowsById = rowsBySharedId(runs);
  const warnings: SetupWarning[] = [];
  for (const run of runs) {
    for (const rule of SETUP_RULES) {
      const detail = rule.applies(run, asOf);
      if (detail === null) continue;
      const warning: SetupWarning = { code: rule.code, runId: run.id };
      // A warning whose code says it all carries no detail.
      warnings.push(Object.keys(detail).length > 0 ? { ...warning, detail } : warning);
    }
    for (const warning of paymentFileSetupWarnings(run, settings)) warnings.push(warning);
    const rows = rowsById.get(idKey(run.id)) ?? [];
    if (rows.length > 1) {
      const detail = { count: rows.length, rows: rows.join(', ') };
      warnings.push({ code: 'DUPLICATE_RUN_ID', runId: run.id, detail });
    }
  }
  return warnings;
}

function idKey(id: string): string {
  return id.trim().toUpperCase();
}

/** The Runs sheet rows of the runs, grouped by the ID they share. */
function rowsBySharedId(runs: readonly RunDefinition[]): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  for (const run of runs) {
    const key = idKey(run.id);
    const shared = rows.get(key);
    if (shared) shared.push(run.row);
    else rows.set(key, [run.row]);
  }
  return rows;
}
