import type { PreparedPost } from '../workbook/post/preparePost';
import type { PreparedRevert } from '../workbook/post/prepareRevert';
import type { Preview } from '../workbook/preview/buildPreview';
import type { WorkbookHost } from './workbookHost';

/** Writes a preview through any host: its sheet, and the run's Status `Previewed`. */
export async function executePreviewOnHost(host: WorkbookHost, preview: Preview): Promise<void> {
  await host.replaceSheet(preview.sheet);
  await host.writeCells(preview.runStatus);
}

/**
 * Runs a prepared post through a host that writes in several requests (the Office host), in
 * the order crash recovery relies on (SPEC §5): the Run Log row as `Posting` and the whole
 * Journal first; then the changes; then the batch sheets; last the row becomes `Posted`. An
 * interruption anywhere leaves a `Posting` row whose Journal is complete before any change.
 */
export async function executePostOnHost(host: WorkbookHost, post: PreparedPost): Promise<void> {
  await host.writeCells(post.begin);
  await host.writeCells(post.apply);
  for (const name of post.staleBatchSheets) await host.deleteSheet(name);
  for (const sheet of post.batchSheets) await host.replaceSheet(sheet);
  await host.writeCells(post.commit);
}

/** Restores the cells of a prepared revert and removes the post's batch sheets. */
export async function executeRevertOnHost(host: WorkbookHost, revert: PreparedRevert): Promise<void> {
  await host.writeCells(revert.writes);
  for (const name of revert.deleteSheets) await host.deleteSheet(name);
}
