import { isoDate } from '../../engine/dates/isoDate';
import { XlsxWorkbookHost } from '../../hosts/file/xlsxWorkbookHost';
import { sampleWorkbook } from '../../workbook/sample/sampleWorkbook';
import { findSheet } from '../../workbook/schema/findSheet';
import { makeDraft } from '../testing/fakeRunsSession';
import { HostRunsSession } from './hostRunsSession';

const NOW = () => new Date('2026-11-21T12:00:00Z');

function fileHost() {
  const host = XlsxWorkbookHost.empty();
  for (const sheet of sampleWorkbook({ asOf: isoDate('2026-11-21'), memberships: 20, seed: 3, withInputErrors: false })) host.replaceSheetSync(sheet);
  return host;
}

/** The Runs cell under `header` in the row whose Run ID is `runId`, as the workbook holds it. */
function runsCell(host: XlsxWorkbookHost, runId: string, header: string) {
  const cells = findSheet(host.readWorkbookSync(), 'Runs')?.cells ?? [];
  const headers = cells[0] ?? [];
  const row = cells.find((r) => r[headers.indexOf('Run ID')] === runId);
  return headers.includes(header) ? row?.[headers.indexOf(header)] : undefined;
}

describe('HostRunsSession run editor, SPEC §11 proration columns', () => {
  it('saves Align To, Proration and Bill Activations to the Runs row and reads them back into the draft', async () => {
    const host = fileHost();
    const session = new HostRunsSession(host, NOW);
    const draft = makeDraft({ name: 'Joiners', actions: ['activate'], alignTo: '01-01', proration: 'daily', billActivations: true });
    expect(await session.saveRun(draft, null)).toBe('JOINERS');
    expect([runsCell(host, 'JOINERS', 'Align To'), runsCell(host, 'JOINERS', 'Proration'), runsCell(host, 'JOINERS', 'Bill Activations')]).toEqual([
      '01-01',
      'daily',
      'Yes',
    ]);
    expect(await session.runDraft('JOINERS')).toMatchObject({ alignTo: '01-01', proration: 'daily', billActivations: true });
  });

  it("checks the draft's own Bill Activations and Align To, not the saved run's, when a run is edited", async () => {
    const session = new HostRunsSession(fileHost(), NOW);
    const draft = await session.runDraft('NIGHTLY');
    expect(draft.actions).not.toContain('activate');
    const check = await session.checkDraft({ ...draft, billActivations: true, alignTo: '04-01' }, 'NIGHTLY');
    expect(check.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['BILL_ACTIVATIONS_WITHOUT_ACTIVATE', 'ALIGN_TO_WITHOUT_ACTIVATE']));
    expect(check.warnings.find((w) => w.code === 'ALIGN_TO_WITHOUT_ACTIVATE')?.message).toMatch(/Align To is 04-01/);
  });
});
