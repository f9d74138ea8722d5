import { formatIsoDate } from '../../engine/dates/isoDate';
import { recoverInterruptedPosts } from '../../app/recoverInterruptedPosts';
import type { WorkbookHost } from '../../hosts/workbookHost';

/**
 * What opening a workbook did before the pane shows it: interrupted posts found and rolled back
 * (SPEC §5 "the next open detects the Posting Run Log row and … rolls back from the Journal"),
 * in words for the user.
 *
 * @example
 * await openWorkbookSession(host) // → ['An interrupted post of NIGHTLY as of 2026-11-21 was rolled back …']
 */
export async function openWorkbookSession(host: WorkbookHost): Promise<string[]> {
  const recovered = await recoverInterruptedPosts(host);
  return recovered.map((r) => {
    const conflicts = r.conflicts > 0 ? ` ${r.conflicts} cells had been edited since and were left as they are.` : '';
    return `An interrupted post of ${r.runId} as of ${formatIsoDate(r.asOf)} was rolled back from the Journal (Run Log row ${r.logRow}); preview and post it again.${conflicts}`;
  });
}
