import type { PreparedPost } from '../../workbook/post/preparePost';
import type { PreparedRevert } from '../../workbook/post/prepareRevert';
import type { Preview } from '../../workbook/preview/buildPreview';
import type { XlsxWorkbookHost } from './xlsxWorkbookHost';

/** Writes a preview into the in-memory workbook: its sheet, and the run's Status `Previewed`. */
export function executePreview(host: XlsxWorkbookHost, preview: Preview): void {
  host.replaceSheetSync(preview.sheet);
  host.writeCellsSync(preview.runStatus);
}

/**
 * Runs a prepared post's phases in order (SPEC §5): Run Log `Posting` and Journal, the changes,
 * the batch sheets, then `Posted`. The file host holds them in memory and saves the workbook at
 * once, atomically, so a file is never left half-posted.
 */
export function executePost(host: XlsxWorkbookHost, post: PreparedPost): void {
  host.writeCellsSync(post.begin);
  host.writeCellsSync(post.apply);
  for (const name of post.staleBatchSheets) host.deleteSheetSync(name);
  for (const sheet of post.batchSheets) host.replaceSheetSync(sheet);
  host.writeCellsSync(post.commit);
}

/** Restores the cells of a prepared revert and removes the post's batch sheets. */
export function executeRevert(host: XlsxWorkbookHost, revert: PreparedRevert): void {
  host.writeCellsSync(revert.writes);
  for (const sheet of revert.deleteSheets) host.deleteSheetSync(sheet);
}
