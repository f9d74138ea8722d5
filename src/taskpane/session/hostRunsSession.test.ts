import { isoDate } from '../../engine/dates/isoDate';
import { XlsxWorkbookHost } from '../../hosts/file/xlsxWorkbookHost';
import { OfficeWorkbookHost } from '../../hosts/office/officeWorkbookHost';
import { sampleWorkbook } from '../../workbook/sample/sampleWorkbook';
import { runOf, sampleModel } from '../../../test/office/seedModel';
import { HostRunsSession } from './hostRunsSession';
import { Refusal } from '../../app/refusal';

const NOW = () => new Date('2026-11-21T12:00:00Z');

function fileSession() {
  const host = XlsxWorkbookHost.empty();
  for (const sheet of sampleWorkbook({ asOf: isoDate('2026-11-21'), memberships: 80, seed: 3, withInputErrors: false })) host.replaceSheetSync(sheet);
  return { host, session: new HostRunsSession(host, NOW) };
}

describe('HostRunsSession', () => {
  it('lists runs due first, with pre-processing dates and setup warnings in words', async () => {
    const runs = await fileSession().session.listRuns();
    expect(runs.filter((r) => r.due).map((r) => r.id)).toEqual(expect.arrayContaining(['NIGHTLY', 'ACTIVATE']));
    expect(runs.findIndex((r) => !r.due)).toBe(runs.filter((r) => r.due).length);
    expect(runs.find((r) => r.id === 'NIGHTLY')).toMatchObject({ occurrence: '2026-11-21', preProcessingDate: '2026-11-21' });
    expect(runs.find((r) => r.id === 'QUICKDROP')?.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['DROP_TOO_QUICK', 'DROP_WITHOUT_NOTIFY']));
  });

  it('previews, excludes, posts what was reviewed, exports and reverts', async () => {
    const { host, session } = fileSession();
    expect(await session.currentPreview('NIGHTLY')).toBeNull();
    const preview = await session.preview('NIGHTLY');
    expect(preview).toMatchObject({ runId: 'NIGHTLY', asOf: '2026-11-21', posted: false });
    // The run page shows what preview returns without reading it back: it must be what a read gives.
    expect(await session.currentPreview('NIGHTLY')).toEqual(preview);
    const renewal = preview.items.find((i) => i.action === 'renew' && i.status === 'ready');
    if (!renewal) throw new Error('the sample has renewals');
    const afterExclude = await session.setIncluded('NIGHTLY', renewal.key, false);
    expect(afterExclude.items.find((i) => i.key === renewal.key)?.status).toBe('excluded');
    // What setIncluded returns (planned from the read it already made) is what a fresh read gives.
    expect(await session.currentPreview('NIGHTLY')).toEqual(afterExclude);
    const reincluded = await session.setIncluded('NIGHTLY', renewal.key, true);
    expect(reincluded.items.find((i) => i.key === renewal.key)?.status).toBe('ready');
    expect(await session.currentPreview('NIGHTLY')).toEqual(reincluded);
    await session.setIncluded('NIGHTLY', renewal.key, false);
    const summary = await session.postSummary('NIGHTLY');
    const renewals = preview.items.filter((i) => i.action === 'renew' && i.status === 'ready').length;
    expect(summary.counts.renew?.count).toBe(renewals - 1);
    expect(await session.post('NIGHTLY')).toEqual(summary);
    expect((await session.currentPreview('NIGHTLY'))?.posted).toBe(true);
    await expect(session.post('NIGHTLY')).rejects.toThrow(/already posted/);
    await expect(session.cancel('NIGHTLY')).rejects.toThrow(Refusal);
    expect(await session.history()).toEqual([expect.objectContaining({ runId: 'NIGHTLY', asOf: '2026-11-21', status: 'Posted', canRevert: true })]);
    const files = await session.exportCsv('NIGHTLY');
    expect(files.map((f) => f.fileName)).toContain('NIGHTLY-invoices-2026-11-21.csv');
    expect(files[0].content.startsWith('\uFEFFMember ID,')).toBe(true);
    await session.revert('NIGHTLY', '2026-11-21');
    expect((await session.history())[0].status).toBe('Reverted');
    expect(host.workbook.SheetNames.filter((n) => n.startsWith('NIGHTLY '))).toEqual([]);
  });

  it('lists a previewed scheduled run as waiting for approval, with when run-due posts it, and approves it', async () => {
    const { session } = fileSession();
    const nightly = async () => (await session.listRuns()).find((r) => r.id === 'NIGHTLY');
    expect(await nightly()).toMatchObject({ waitsForApproval: false, postsAt: null });
    await session.preview('NIGHTLY');
    expect(await nightly()).toMatchObject({ status: 'Previewed', waitsForApproval: true, postsAt: '2026-11-21 at 02:00 (America/Chicago)' });
    expect((await session.listRuns()).filter((r) => r.waitsForApproval).map((r) => r.id)).toEqual(['NIGHTLY']);
    await session.approve('NIGHTLY');
    expect(await nightly()).toMatchObject({ status: 'Approved', waitsForApproval: false, postsAt: null });
    await expect(session.approve('NIGHTLY')).rejects.toMatchObject({ code: 'NOT_WAITING_FOR_APPROVAL' });
  });

  it('clones a run under a new unique ID as a Draft, and cancels a preview', async () => {
    const { session } = fileSession();
    expect(await session.clone('NIGHTLY', 'Nightly renewals')).toBe('NIGHTLY-RENEWALS');
    const cloned = (await session.listRuns()).find((r) => r.id === 'NIGHTLY-RENEWALS');
    expect(cloned).toMatchObject({ name: 'Nightly renewals', status: 'Draft', mode: 'rolling' });
    await session.preview('NIGHTLY-RENEWALS', '2026-11-21');
    await session.cancel('NIGHTLY-RENEWALS');
    expect(await session.currentPreview('NIGHTLY-RENEWALS')).toBeNull();
    expect((await session.listRuns()).find((r) => r.id === 'NIGHTLY-RENEWALS')?.status).toBe('Cancelled');
  });

  it('projects the next twelve months week by week', async () => {
    const weeks = await fileSession().session.forecast('NIGHTLY');
    expect(weeks).toHaveLength(52);
    expect(weeks[0].weekStart).toBe('2026-11-21');
    expect(weeks.reduce((s, w) => s + w.renew, 0)).toBeGreaterThan(0);
  });

  it('refuses in words for an unknown run or a bad date', async () => {
    const { session } = fileSession();
    await expect(session.preview('NOPE')).rejects.toThrow("This workbook has no run 'NOPE'.");
    await expect(session.preview('NIGHTLY', '2026-02-30')).rejects.toThrow('is not a date');
  });

  it('does not read the workbook to select an item when the host shows no selection', async () => {
    const { host, session } = fileSession();
    const readWorkbook = jest.spyOn(host, 'readWorkbook');
    await session.selectItem('NIGHTLY', 'renew:M1');
    expect(readWorkbook).not.toHaveBeenCalled();
  });

  it('works the same on the Office host, and selects an item in the preview sheet', async () => {
    const model = sampleModel(80);
    const session = new HostRunsSession(new OfficeWorkbookHost(runOf(model)), NOW);
    const preview = await session.preview('NIGHTLY', '2026-11-21');
    expect(preview.items.length).toBeGreaterThan(0);
    await session.selectItem('NIGHTLY', preview.items[0].key);
    expect(model.selection()).toEqual({ sheet: 'Preview NIGHTLY', address: 'A2:T2' });
    await session.post('NIGHTLY');
    expect((await session.history())[0].status).toBe('Posted');
  });

  it('rolls back its own post that failed part-way before posting again, without waiting for the limit', async () => {
    const host = XlsxWorkbookHost.empty();
    for (const sheet of sampleWorkbook({ asOf: isoDate('2026-11-21'), memberships: 80, seed: 3, withInputErrors: false })) host.replaceSheetSync(sheet);
    const session = new HostRunsSession(host, NOW, { session: 'pane:mine' });
    await session.preview('NIGHTLY');
    // The network drops after the Run Log row and Journal were written.
    const writeCells = host.writeCells.bind(host);
    let calls = 0;
    host.writeCells = (writes) => (++calls === 2 ? Promise.reject(new Error('network lost')) : writeCells(writes));
    await expect(session.post('NIGHTLY')).rejects.toThrow('network lost');
    host.writeCells = writeCells;
    // Another pane may not touch the row yet; this one knows its post is not running.
    await expect(new HostRunsSession(host, NOW, { session: 'pane:other' }).post('NIGHTLY')).rejects.toMatchObject({ code: 'POST_IN_PROGRESS' });
    await session.postSummary('NIGHTLY');
    await session.post('NIGHTLY');
    expect((await session.history()).map((e) => e.status)).toEqual(['Rolled Back', 'Posted']);
  });
});
