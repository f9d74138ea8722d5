import { readWorkbookRecords } from '../read/readWorkbookRecords';
import { findSheet } from '../schema/findSheet';
import type { WorkbookGrids } from '../sheetGrid';
import { preparePost, type PostDecision } from './preparePost';
import { applyWrites, previewedGrids } from './testing/previewedGrids';

// The sample's Time Zone is America/Chicago: 16:02 UTC is 10:02 there.
const SINCE = '2026-11-21T16:02:00Z';
const PANE_A = 'pane:aaaa';
const PANE_B = 'pane:bbbb';

/** The previewed sample with pane A's post begun (Run Log row `Posting` and Journal written) and stopped there. */
function postingBook(): WorkbookGrids {
  const { grids, read, run } = previewedGrids();
  const decision = preparePost({ grids, read, run, executedAt: SINCE, postingBy: PANE_A });
  if (!decision.ok) throw new Error(decision.message);
  applyWrites(grids, decision.post.begin);
  return grids;
}

function postAgain(grids: WorkbookGrids, postingBy: string, executedAt: string): PostDecision {
  const read = readWorkbookRecords(grids);
  return preparePost({ grids, read, run: read.runs.find((r) => r.id === 'NIGHTLY')!, executedAt, postingBy });
}

describe('preparePost', () => {
  it('writes Posting By and Posting Since with the Posting row, and only Status when it commits', () => {
    const { grids, read, run } = previewedGrids();
    const decision = preparePost({ grids, read, run, executedAt: SINCE, postingBy: PANE_A });
    if (!decision.ok) throw new Error(decision.message);
    const header = (name: string) => decision.post.begin.find((w) => w.sheet === 'Run Log' && w.row === 1 && w.value === name)?.column;
    const cell = (name: string) => decision.post.begin.find((w) => w.sheet === 'Run Log' && w.row === decision.post.logRow && w.column === header(name))?.value;
    expect([cell('Status'), cell('Posting By'), cell('Posting Since'), cell('Executed At')]).toEqual(['Posting', PANE_A, SINCE, SINCE]);
    // Posting By and Since stay as they are when the row becomes Posted: they tell who posted.
    expect(decision.post.commit.filter((w) => w.row === decision.post.logRow)).toEqual([
      { sheet: 'Run Log', row: decision.post.logRow, column: header('Status'), value: 'Posted' },
    ]);
  });

  it.each([
    ['another session', PANE_B],
    ['the same session', PANE_A],
  ])('refuses POST_IN_PROGRESS while %s is posting the run and date, saying since when', (_, session) => {
    expect(postAgain(postingBook(), session, '2026-11-21T16:10:00Z')).toEqual({
      ok: false,
      code: 'POST_IN_PROGRESS',
      message: expect.stringMatching(/^Cannot post NIGHTLY as of 2026-11-21: it is being posted since 10:02 \(Run Log row 2\)\. Wait until/),
    });
  });

  it('still refuses POST_IN_PROGRESS at exactly the limit, and POST_INTERRUPTED past it, telling to reload the pane', () => {
    expect(postAgain(postingBook(), PANE_B, '2026-11-21T16:17:00Z')).toMatchObject({ ok: false, code: 'POST_IN_PROGRESS' });
    expect(postAgain(postingBook(), PANE_B, '2026-11-21T16:17:01Z')).toEqual({
      ok: false,
      code: 'POST_INTERRUPTED',
      message: expect.stringMatching(/an interrupted post since 2026-11-21 10:02 is still in the Run Log \(row 2, Posting\)\. Reload the Renewal Runs pane/),
    });
  });

  it('refuses POST_INTERRUPTED for a Posting row written before Posting By/Since existed', () => {
    const grids = postingBook();
    const log = findSheet(grids, 'Run Log')!;
    const by = log.cells[0].indexOf('Posting By');
    log.cells[1][by] = null;
    expect(postAgain(grids, PANE_B, '2026-11-21T16:03:00Z')).toMatchObject({ ok: false, code: 'POST_INTERRUPTED' });
  });

  it('refuses POST_REFUSED once the run and date is posted', () => {
    const { grids, read, run } = previewedGrids();
    const decision = preparePost({ grids, read, run, executedAt: SINCE, postingBy: PANE_A });
    if (!decision.ok) throw new Error(decision.message);
    applyWrites(grids, [...decision.post.begin, ...decision.post.apply, ...decision.post.commit]);
    expect(postAgain(grids, PANE_B, '2026-11-21T16:03:00Z')).toMatchObject({
      ok: false,
      code: 'POST_REFUSED',
      message: expect.stringMatching(/already posted/),
    });
  });
});
