import { isoDate } from '../../engine/dates/isoDate';
import { XlsxWorkbookHost } from '../../hosts/file/xlsxWorkbookHost';
import { executePreview } from '../../app/previewRun';
import { preparePost } from '../../workbook/post/preparePost';
import { buildPreview } from '../../workbook/preview/buildPreview';
import { readWorkbookRecords } from '../../workbook/read/readWorkbookRecords';
import { sampleWorkbook } from '../../workbook/sample/sampleWorkbook';
import { openWorkbookSession } from './openWorkbookSession';

function sampleHost(): XlsxWorkbookHost {
  const host = XlsxWorkbookHost.empty();
  for (const sheet of sampleWorkbook({ asOf: isoDate('2026-11-21'), memberships: 40, withInputErrors: false })) host.replaceSheetSync(sheet);
  return host;
}

/** Another pane opened an hour after the post began. */
const LATER = { session: 'pane:other', now: new Date('2026-11-21T03:00:00Z') };

describe('openWorkbookSession', () => {
  it('says nothing for a healthy workbook', async () => {
    expect(await openWorkbookSession(sampleHost(), LATER)).toEqual([]);
  });

  it('rolls back an interrupted post and tells the user', async () => {
    const host = sampleHost();
    let grids = host.readWorkbookSync();
    let read = readWorkbookRecords(grids);
    const run = read.runs.find((r) => r.id === 'NIGHTLY');
    if (!run) throw new Error('no NIGHTLY');
    await executePreview(host, buildPreview({ grids, read, run, asOf: isoDate('2026-11-21') }));
    grids = host.readWorkbookSync();
    read = readWorkbookRecords(grids);
    const decision = preparePost({ grids, read, run, executedAt: '2026-11-21T02:00:00Z', postingBy: 'pane:test' });
    if (!decision.ok) throw new Error(decision.message);
    host.writeCellsSync(decision.post.begin);
    host.writeCellsSync(decision.post.apply.slice(0, 3));
    const notices = await openWorkbookSession(host, LATER);
    expect(notices).toEqual([expect.stringMatching(/^An interrupted post of NIGHTLY as of 2026-11-21 was rolled back from the Journal \(Run Log row 2\)/)]);
  });

  it('leaves a post another pane is writing as it is, and says so in words', async () => {
    const host = sampleHost();
    let grids = host.readWorkbookSync();
    let read = readWorkbookRecords(grids);
    const run = read.runs.find((r) => r.id === 'NIGHTLY');
    if (!run) throw new Error('no NIGHTLY');
    await executePreview(host, buildPreview({ grids, read, run, asOf: isoDate('2026-11-21') }));
    grids = host.readWorkbookSync();
    read = readWorkbookRecords(grids);
    // 16:02 UTC is 10:02 in the sample's America/Chicago.
    const decision = preparePost({ grids, read, run, executedAt: '2026-11-21T16:02:00Z', postingBy: 'pane:test' });
    if (!decision.ok) throw new Error(decision.message);
    host.writeCellsSync(decision.post.begin);
    const notices = await openWorkbookSession(host, { session: 'pane:other', now: new Date('2026-11-21T16:04:00Z') });
    expect(notices).toEqual([
      'NIGHTLY as of 2026-11-21 is being posted by another session since 10:02; left as it is. If that post was interrupted (its pane closed before it finished), open the pane again after 10:17 and it is rolled back.',
    ]);
  });
});
