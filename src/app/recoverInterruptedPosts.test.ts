import { addMinutesTo } from './testing/minutesLater';
import { findRun } from './findRun';
import { openBook } from './openBook';
import { executePost, preparePostRun } from './postRun';
import { previewRun } from './previewRun';
import { recoverInterruptedPosts } from './recoverInterruptedPosts';
import { NOW, SAMPLE_DATE, sampleHost } from './testing/sampleHost';
import { readRunLog } from '../workbook/runLog/readRunLog';
import type { PackageWorkbookHost } from '../hosts/file/packageWorkbookHost';

const PANE_A = 'pane:aaaa';
const PANE_B = 'pane:bbbb';

/** Pane A has begun posting NIGHTLY at NOW (Run Log row `Posting` and Journal written) and is still at it. */
async function postingHost(): Promise<PackageWorkbookHost> {
  const host = sampleHost();
  const book = await openBook(host);
  await previewRun(book, findRun(book, 'NIGHTLY'), SAMPLE_DATE);
  const opened = await openBook(host);
  const post = preparePostRun(opened, findRun(opened, 'NIGHTLY'), { now: NOW, session: PANE_A });
  await host.writeCells(post.begin);
  await host.writeCells(post.apply.slice(0, 4));
  return host;
}

async function statuses(host: PackageWorkbookHost): Promise<string[]> {
  const book = await openBook(host);
  return readRunLog(book.grids, book.context).entries.map((e) => `${e.status} ${e.postingBy}`);
}

describe('recoverInterruptedPosts', () => {
  it("leaves another session's post in progress as it is, and says since when in the workbook's time zone", async () => {
    const host = await postingHost();
    const outcomes = await recoverInterruptedPosts(host, { session: PANE_B, now: addMinutesTo(NOW, 5) });
    // NOW is 18:00 UTC: 12:00 in the sample's America/Chicago; stale after 12:15.
    expect(outcomes).toEqual([
      expect.objectContaining({ kind: 'leaveAlone', runId: 'NIGHTLY', postingBy: PANE_A, sinceTime: '12:00', staleAfterTime: '12:15' }),
    ]);
    expect(await statuses(host)).toEqual([`Posting ${PANE_A}`]);
  });

  it('refuses a second post of the run and date meanwhile, from either session', async () => {
    const host = await postingHost();
    for (const session of [PANE_B, PANE_A]) {
      const book = await openBook(host);
      expect(() => preparePostRun(book, findRun(book, 'NIGHTLY'), { now: addMinutesTo(NOW, 5), session })).toThrow(
        expect.objectContaining({ code: 'POST_IN_PROGRESS', message: expect.stringContaining('being posted since 12:00') }),
      );
    }
  });

  it("rolls back the session's own row at once, and another's after the limit; the run then posts again", async () => {
    const own = await postingHost();
    expect(await recoverInterruptedPosts(own, { session: PANE_A, now: addMinutesTo(NOW, 1) })).toEqual([
      expect.objectContaining({ kind: 'rollBack', reason: 'own' }),
    ]);
    expect(await statuses(own)).toEqual([`Rolled Back ${PANE_A}`]);

    const other = await postingHost();
    expect(await recoverInterruptedPosts(other, { session: PANE_B, now: addMinutesTo(NOW, 16) })).toEqual([
      expect.objectContaining({ kind: 'rollBack', reason: 'stale' }),
    ]);
    const book = await openBook(other);
    await executePost(other, preparePostRun(book, findRun(book, 'NIGHTLY'), { now: addMinutesTo(NOW, 17), session: PANE_B }));
    expect(await statuses(other)).toEqual([`Rolled Back ${PANE_A}`, `Posted ${PANE_B}`]);
  });

  it('refuses POST_INTERRUPTED past the limit until recovery has rolled the row back', async () => {
    const host = await postingHost();
    const book = await openBook(host);
    expect(() => preparePostRun(book, findRun(book, 'NIGHTLY'), { now: addMinutesTo(NOW, 16), session: PANE_B })).toThrow(
      expect.objectContaining({ code: 'POST_INTERRUPTED', message: expect.stringContaining('Reload the Renewal Runs pane') }),
    );
  });
});
