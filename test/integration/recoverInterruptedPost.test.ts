/**
 * An interrupted post (SPEC §5 "Excel closed, network lost mid-way") is rolled back from the
 * Journal on the next open, wherever the interruption fell: before the Journal was complete,
 * after any number of changes, after the batch sheets, or just before `Posted`.
 */
import { isoDate } from '../../src/engine/dates/isoDate';
import { recoverInterruptedPosts } from '../../src/app/recoverInterruptedPosts';
import { XlsxWorkbookHost } from '../../src/hosts/file/xlsxWorkbookHost';
import { preparePost } from '../../src/workbook/post/preparePost';
import { buildPreview } from '../../src/workbook/preview/buildPreview';
import { readWorkbookRecords } from '../../src/workbook/read/readWorkbookRecords';
import { readRunLog } from '../../src/workbook/runLog/readRunLog';
import { sampleWorkbook } from '../../src/workbook/sample/sampleWorkbook';
import type { WorkbookGrids } from '../../src/workbook/sheetGrid';
import { trimmedSheets } from '../fixtures/trimmedSheets';

const AS_OF = isoDate('2026-11-21');
/** The workbook opened again an hour after the post began, in a new pane session. */
const REOPENED = { session: 'pane:reopened', now: new Date('2026-11-21T03:00:00Z') };
const INPUTS = ['Members', 'Invoices', 'Applications', 'Runs'];

const trimmed = (grids: WorkbookGrids) => trimmedSheets(grids, INPUTS);

/** A previewed sample workbook and the post prepared on it. */
function previewedBook() {
  const host = XlsxWorkbookHost.empty();
  for (const sheet of sampleWorkbook({ asOf: AS_OF, memberships: 60, seed: 7, withInputErrors: false })) host.replaceSheetSync(sheet);
  let grids = host.readWorkbookSync();
  let read = readWorkbookRecords(grids);
  const run = read.runs.find((r) => r.id === 'NIGHTLY');
  if (!run) throw new Error('no NIGHTLY');
  const preview = buildPreview({ grids, read, run, asOf: AS_OF });
  host.replaceSheetSync(preview.sheet);
  host.writeCellsSync(preview.runStatus);
  grids = host.readWorkbookSync();
  read = readWorkbookRecords(grids);
  const decision = preparePost({ grids, read, run, executedAt: '2026-11-21T02:00:00Z', postingBy: 'pane:test' });
  if (!decision.ok) throw new Error(decision.message);
  return { host, before: trimmed(grids), post: decision.post };
}

describe('recoverInterruptedPosts', () => {
  const { post } = previewedBook();
  const points = [0, 1, 2, Math.floor(post.apply.length / 2), post.apply.length - 1, post.apply.length];

  it.each(points)('restores the workbook when the post stopped after %i of its changes', async (applied) => {
    const { host, before, post: p } = previewedBook();
    host.writeCellsSync(p.begin);
    host.writeCellsSync(p.apply.slice(0, applied));
    const recovered = await recoverInterruptedPosts(host, REOPENED);
    expect(recovered).toEqual([expect.objectContaining({ runId: 'NIGHTLY', conflicts: 0 })]);
    const grids = host.readWorkbookSync();
    expect(trimmed(grids)).toEqual(before);
    expect(readRunLog(grids, { date1904: false, dateOrder: 'MDY' }).entries.map((e) => e.status)).toEqual(['Rolled Back']);
  });

  it('restores the workbook and removes batch sheets when only the final Posted was lost', async () => {
    const { host, before, post: p } = previewedBook();
    host.writeCellsSync(p.begin);
    host.writeCellsSync(p.apply);
    for (const sheet of p.batchSheets) host.replaceSheetSync(sheet);
    await recoverInterruptedPosts(host, REOPENED);
    expect(trimmed(host.readWorkbookSync())).toEqual(before);
    expect(host.workbook.SheetNames.filter((n) => n.startsWith('NIGHTLY '))).toEqual([]);
  });

  it('does nothing when the Run Log row was written but the Journal only in part', async () => {
    const { host, before, post: p } = previewedBook();
    host.writeCellsSync(p.begin.slice(0, Math.floor(p.begin.length / 3)));
    await recoverInterruptedPosts(host, REOPENED);
    expect(trimmed(host.readWorkbookSync())).toEqual(before);
  });

  it('is idempotent: recovering twice changes nothing more, and the run can be posted again', async () => {
    const { host, before, post: p } = previewedBook();
    host.writeCellsSync(p.begin);
    host.writeCellsSync(p.apply.slice(0, 5));
    await recoverInterruptedPosts(host, REOPENED);
    expect(await recoverInterruptedPosts(host, REOPENED)).toEqual([]);
    const grids = host.readWorkbookSync();
    expect(trimmed(grids)).toEqual(before);
    const read = readWorkbookRecords(grids);
    const run = read.runs.find((r) => r.id === 'NIGHTLY');
    if (!run) throw new Error('no NIGHTLY');
    expect(preparePost({ grids, read, run, executedAt: '2026-11-21T03:00:00Z', postingBy: 'pane:test' }).ok).toBe(true);
  });

  it('leaves a healthy workbook alone', async () => {
    const { host } = previewedBook();
    expect(await recoverInterruptedPosts(host, REOPENED)).toEqual([]);
  });
});
