import { prepareRecoveries, PreparedRecovery } from '../workbook/post/prepareRecovery';
import { readSettings } from '../workbook/read/readSettings';
import { findSheet } from '../workbook/schema/findSheet';
import type { WorkbookHost } from '../hosts/workbookHost';

/**
 * Run when a workbook is opened: rolls back every interrupted post (a `Posting` Run Log row)
 * from the Journal, so no change is left applied twice or half (SPEC §5). Returns what it did,
 * for the task pane to tell the user.
 *
 * @example
 * const recovered = await recoverInterruptedPosts(host); // → [] on a healthy workbook
 */
export async function recoverInterruptedPosts(host: WorkbookHost): Promise<PreparedRecovery[]> {
  const grids = await host.readWorkbook();
  const { settings } = readSettings(findSheet(grids, 'Settings'), grids.date1904);
  const recoveries = prepareRecoveries(grids, { date1904: grids.date1904, dateOrder: settings.dateOrder });
  for (const recovery of recoveries) {
    await host.writeCells(recovery.writes);
    for (const name of recovery.deleteSheets) await host.deleteSheet(name);
  }
  return recoveries;
}
