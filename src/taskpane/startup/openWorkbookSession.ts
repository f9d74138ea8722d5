import { formatIsoDate } from '../../engine/dates/isoDate';
import { recoverInterruptedPosts, type RecoverOptions, type RecoveryOutcome } from '../../app/recoverInterruptedPosts';
import type { WorkbookHost } from '../../hosts/workbookHost';

/**
 * What opening a workbook did before the pane shows it, in words for the user: interrupted posts
 * found and rolled back (SPEC §5 "the next open detects the Posting Run Log row and … rolls back
 * from the Journal"), and posts another pane is writing now, left as they are.
 *
 * @example
 * await openWorkbookSession(host, { session: 'pane:1b4e…', now: new Date() })
 * // → ['An interrupted post of NIGHTLY as of 2026-11-21 was rolled back …']
 */
export async function openWorkbookSession(host: WorkbookHost, options: RecoverOptions): Promise<string[]> {
  return (await recoverInterruptedPosts(host, options)).map(recoveryNotice);
}

/**
 * One recovery outcome in words.
 *
 * @example
 * recoveryNotice(leftAlone) // → 'NIGHTLY as of 2026-11-21 is being posted by another session since 10:02; left as it is. …'
 */
export function recoveryNotice(r: RecoveryOutcome): string {
  const what = `${r.runId} as of ${formatIsoDate(r.asOf)}`;
  if (r.kind === 'leaveAlone') {
    return `${what} is being posted by another session since ${r.sinceTime}; left as it is. If that post was interrupted (its pane closed before it finished), open the pane again after ${r.staleAfterTime} and it is rolled back.`;
  }
  const conflicts = r.conflicts > 0 ? ` ${r.conflicts} cells had been edited since and were left as they are.` : '';
  return `An interrupted post of ${what} was rolled back from the Journal (Run Log row ${r.logRow}); preview and post it again.${conflicts}`;
}
