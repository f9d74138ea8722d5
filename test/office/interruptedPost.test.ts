/**
 * A post through the Office host interrupted at every sync point in turn — the request
 * dropped (nothing of it applied) or applied with its response lost — is rolled back when the
 * workbook is next opened, leaving every input sheet as it was, and can then be posted again.
 */
import { executePost } from '../../src/app/postRun';
import { OfficeWorkbookHost } from '../../src/hosts/office/officeWorkbookHost';
import { recoverInterruptedPosts } from '../../src/app/recoverInterruptedPosts';
import { preparePost } from '../../src/workbook/post/preparePost';
import { readWorkbookRecords } from '../../src/workbook/read/readWorkbookRecords';
import type { ExcelModel } from '../excelModel/excelModel';
import { trimmedRows } from '../fixtures/trimmedSheets';
import { previewedSampleModel, runOf } from './seedModel';

const INPUTS = ['Members', 'Invoices', 'Applications', 'Runs'];
const EXECUTED_AT = '2026-11-21T02:00:00Z';

function inputs(model: ExcelModel): Record<string, unknown[][]> {
  return Object.fromEntries(INPUTS.map((sheet) => [sheet, trimmedRows(model.values(sheet))]));
}

const previewedModel = () => previewedSampleModel(120);

async function post(host: OfficeWorkbookHost) {
  const grids = await host.readWorkbook();
  const read = readWorkbookRecords(grids);
  const run = read.runs.find((r) => r.id === 'NIGHTLY');
  if (!run) throw new Error('no NIGHTLY');
  const decision = preparePost({ grids, read, run, executedAt: EXECUTED_AT, postingBy: 'pane:test' });
  if (!decision.ok) throw new Error(decision.message);
  await executePost(host, decision.post);
}

describe('a post interrupted at each sync point', () => {
  jest.setTimeout(120_000);

  it.each(['failAtSync', 'failAfterApplyingSync'] as const)('is rolled back on the next open (%s)', async (fault) => {
    const reference = await previewedModel();
    await post(reference.host);
    const postedInputs = inputs(reference.model);

    // How many syncs the post's writes take (its reads come first and are not interrupted).
    const probe = await previewedModel();
    const probeHost = new OfficeWorkbookHost(runOf(probe.model));
    const grids = await probeHost.readWorkbook();
    const read = readWorkbookRecords(grids);
    const decision = preparePost({ grids, read, run: probe.run, executedAt: EXECUTED_AT, postingBy: 'pane:test' });
    if (!decision.ok) throw new Error(decision.message);
    probe.model.resetStats();
    await executePost(probeHost, decision.post);
    const writeSyncs = probe.model.stats.syncs;
    expect(writeSyncs).toBeGreaterThan(3);

    for (let k = 1; k <= writeSyncs; k++) {
      const { model, host } = await previewedModel();
      const before = inputs(model);
      const g = await host.readWorkbook();
      const r = readWorkbookRecords(g);
      const d = preparePost({ grids: g, read: r, run: r.runs.find((x) => x.id === 'NIGHTLY')!, executedAt: EXECUTED_AT, postingBy: 'pane:test' });
      if (!d.ok) throw new Error(d.message);
      model[fault](k);
      await expect(executePost(host, d.post)).rejects.toMatchObject({ code: 'ConnectionFailure' });

      const reopened = new OfficeWorkbookHost(runOf(model));
      await recoverInterruptedPosts(reopened, { session: 'pane:reopened', now: new Date('2026-11-21T03:00:00Z') });
      // After recovery the input sheets are exactly as before the post — or, when the final
      // `Posted` write landed and only its response was lost, exactly as after it. Never between.
      const now = inputs(model);
      const complete = JSON.stringify(now) === JSON.stringify(postedInputs);
      if (complete) {
        expect({ k, fault }).toEqual({ k: writeSyncs, fault: 'failAfterApplyingSync' });
        continue;
      }
      expect({ k, sheets: now }).toEqual({ k, sheets: before });
      await post(reopened);
      expect({ k, sheets: inputs(model) }).toEqual({ k, sheets: postedInputs });
    }
  });
});
