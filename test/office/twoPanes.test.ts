/**
 * One workbook open in two panes at once (co-authoring on the web, a shared file): pane A's post
 * is under way with its `Posting` Run Log row written when pane B opens. B leaves the row alone
 * and says so, B's post of the same run and date is refused, and only after the limit does B
 * roll A's post back — on the in-repo Excel model, both panes on one model workbook.
 */
import { findRun } from '../../src/app/findRun';
import { openBook } from '../../src/app/openBook';
import { executePost, preparePostRun } from '../../src/app/postRun';
import { previewRun } from '../../src/app/previewRun';
import { OfficeWorkbookHost } from '../../src/hosts/office/officeWorkbookHost';
import { HostRunsSession } from '../../src/taskpane/session/hostRunsSession';
import { openWorkbookSession } from '../../src/taskpane/startup/openWorkbookSession';
import { readRunLog } from '../../src/workbook/runLog/readRunLog';
import type { ExcelModel } from '../excelModel/excelModel';
import { trimmedRows } from '../fixtures/trimmedSheets';
import { AS_OF, runOf, sampleModel } from './seedModel';

const INPUTS = ['Members', 'Invoices', 'Applications', 'Runs'];
const PANE_A = 'pane:aaaa';
const PANE_B = 'pane:bbbb';
// 16:02 UTC is 10:02 in the sample's America/Chicago.
const A_POSTS_AT = new Date('2026-11-21T16:02:00Z');
const minutesLater = (minutes: number) => new Date(A_POSTS_AT.getTime() + minutes * 60_000);

function inputs(model: ExcelModel): Record<string, unknown[][]> {
  return Object.fromEntries(INPUTS.map((sheet) => [sheet, trimmedRows(model.values(sheet))]));
}

async function runLog(host: OfficeWorkbookHost): Promise<string[]> {
  const book = await openBook(host);
  return readRunLog(book.grids, book.context).entries.map((e) => `${e.status} ${e.postingBy} ${e.postingSince}`);
}

/** A model workbook with NIGHTLY previewed, and pane A's post of it prepared. */
async function previewedInPaneA() {
  const model = sampleModel(120);
  const paneA = new OfficeWorkbookHost(runOf(model));
  const book = await openBook(paneA);
  await previewRun(book, findRun(book, 'NIGHTLY'), AS_OF);
  const before = inputs(model);
  const opened = await openBook(paneA);
  const post = preparePostRun(opened, findRun(opened, 'NIGHTLY'), { now: A_POSTS_AT, session: PANE_A });
  return { model, paneA, before, post };
}

describe('two panes on one workbook', () => {
  jest.setTimeout(60_000);

  it("pane B leaves pane A's running post alone, says so, refuses its own post, and A's post completes", async () => {
    const { model, paneA, before, post } = await previewedInPaneA();
    // Pane A pauses after its Run Log row and Journal are written, before its first change.
    let resume!: () => void;
    const paused = new Promise<void>((r) => (resume = r));
    let begun!: () => void;
    const begin = new Promise<void>((r) => (begun = r));
    const writeCells = paneA.writeCells.bind(paneA);
    let calls = 0;
    paneA.writeCells = async (writes) => {
      if (++calls === 2) {
        begun();
        await paused;
      }
      return writeCells(writes);
    };
    const posting = executePost(paneA, post);
    await begin;

    const paneB = new OfficeWorkbookHost(runOf(model));
    const notices = await openWorkbookSession(paneB, { session: PANE_B, now: minutesLater(3) });
    expect(notices).toEqual([
      'NIGHTLY as of 2026-11-21 is being posted by another session since 10:02; left as it is. If that post was interrupted (its pane closed before it finished), open the pane again after 10:17 and it is rolled back.',
    ]);
    expect(await runLog(paneB)).toEqual([`Posting ${PANE_A} 2026-11-21T16:02:00Z`]);
    expect(inputs(model)).toEqual(before);

    const sessionB = new HostRunsSession(paneB, () => minutesLater(4), { session: PANE_B });
    await expect(sessionB.post('NIGHTLY')).rejects.toMatchObject({ code: 'POST_IN_PROGRESS', message: expect.stringContaining('being posted since 10:02') });

    resume();
    await posting;
    expect(await runLog(paneB)).toEqual([`Posted ${PANE_A} 2026-11-21T16:02:00Z`]);
    expect(inputs(model)).not.toEqual(before);
  });

  it("pane B rolls back pane A's interrupted post once it is older than the limit, and posts it itself", async () => {
    const { model, paneA, before, post } = await previewedInPaneA();
    // How many syncs the Run Log row and Journal take; A's connection drops at the next one.
    const probe = await previewedInPaneA();
    probe.model.resetStats();
    await probe.paneA.writeCells(probe.post.begin);
    model.failAtSync(probe.model.stats.syncs + 1);
    await expect(executePost(paneA, post)).rejects.toMatchObject({ code: 'ConnectionFailure' });

    const paneB = new OfficeWorkbookHost(runOf(model));
    expect(await openWorkbookSession(paneB, { session: PANE_B, now: minutesLater(15) })).toEqual([expect.stringContaining('left as it is')]);
    expect(await runLog(paneB)).toEqual([`Posting ${PANE_A} 2026-11-21T16:02:00Z`]);

    const notices = await openWorkbookSession(paneB, { session: PANE_B, now: minutesLater(16) });
    expect(notices).toEqual([expect.stringMatching(/^An interrupted post of NIGHTLY as of 2026-11-21 was rolled back from the Journal/)]);
    expect(inputs(model)).toEqual(before);

    const sessionB = new HostRunsSession(paneB, () => minutesLater(17), { session: PANE_B });
    await sessionB.post('NIGHTLY');
    expect(await runLog(paneB)).toEqual([`Rolled Back ${PANE_A} 2026-11-21T16:02:00Z`, `Posted ${PANE_B} 2026-11-21T16:19:00Z`]);
  });
});
