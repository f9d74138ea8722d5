import { prepareRecoveries, type PostingElsewhere, type PreparedRollBack } from '../workbook/post/prepareRecovery';
import { readSettings } from '../workbook/read/readSettings';
import { POSTING_LIMIT_MINUTES, timestampMillis } from '../workbook/runLog/postingClaim';
import { findSheet } from '../workbook/schema/findSheet';
import { timeOfDayInTimeZone } from '../workbook/timeZone/timeOfDayInTimeZone';
import type { WorkbookHost } from '../hosts/workbookHost';
import { executedAt } from './postRun';

/** The session that opens the workbook (`pane:<uuid>`, `cli:<hostname>:<pid>`) and the clock's instant. */
export interface RecoverOptions {
  session: string;
  now: Date;
}

/**
 * A post another session is writing now, left as it is. `sinceTime` is its Posting Since and
 * `staleAfterTime` the moment it will count as interrupted, as `HH:MM` in the workbook's Time Zone.
 */
export type PostLeftAlone = PostingElsewhere & { sinceTime: string; staleAfterTime: string };

/** What opening did about one `Posting` Run Log row. */
export type RecoveryOutcome = PreparedRollBack | PostLeftAlone;

/**
 * Run when a workbook is opened: rolls back every interrupted post (a `Posting` Run Log row)
 * from the Journal, so no change is left applied twice or half (SPEC §5) — except a fresh one
 * of another session, whose post may be running in another pane on the same workbook right now
 * (prepareRecoveries). Returns what it did and what it left, for the task pane to tell the user.
 *
 * @example
 * const outcomes = await recoverInterruptedPosts(host, { session: 'pane:1b4e…', now: new Date() }); // → [] on a healthy workbook
 */
export async function recoverInterruptedPosts(host: WorkbookHost, { session, now }: RecoverOptions): Promise<RecoveryOutcome[]> {
  const grids = await host.readWorkbook();
  const { settings } = readSettings(findSheet(grids, 'Settings'), grids.date1904);
  const decisions = prepareRecoveries(grids, { date1904: grids.date1904, dateOrder: settings.dateOrder }, { session, now: executedAt(now) });
  const outcomes: RecoveryOutcome[] = [];
  for (const decision of decisions) {
    if (decision.kind === 'leaveAlone') {
      const since = timestampMillis(decision.postingSince) ?? 0;
      const staleAfter = since + POSTING_LIMIT_MINUTES * 60_000;
      outcomes.push({
        ...decision,
        sinceTime: timeOfDayInTimeZone(since, settings.timeZone),
        staleAfterTime: timeOfDayInTimeZone(staleAfter, settings.timeZone),
      });
      continue;
    }
    await host.writeCells(decision.writes);
    for (const name of decision.deleteSheets) await host.deleteSheet(name);
    outcomes.push(decision);
  }
  return outcomes;
}
