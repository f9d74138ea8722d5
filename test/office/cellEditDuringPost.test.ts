/**
 * A coordinator typing in a cell while the pane posts (Excel.RunOptions delayForCellEdit): the
 * host's batches wait until the cell is left instead of failing half-way, and the post completes.
 */
import { executePost } from '../../src/app/postRun';
import { preparePost } from '../../src/workbook/post/preparePost';
import { readWorkbookRecords } from '../../src/workbook/read/readWorkbookRecords';
import { previewedSampleModel } from './seedModel';

describe('OfficeWorkbookHost in cell-edit mode', () => {
  it('completes a post that starts while the user edits a cell, once they leave it', async () => {
    const { model, host, run } = await previewedSampleModel(60);
    const again = await host.readWorkbook();
    const decision = preparePost({ grids: again, read: readWorkbookRecords(again), run, executedAt: '2026-11-21T02:00:00Z', postingBy: 'pane:test' });
    if (!decision.ok) throw new Error(decision.message);

    model.cellEdit.begin();
    const posting = executePost(host, decision.post);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(() => model.values('Run Log')).toThrow(/no sheet named 'Run Log'/); // nothing written while the user types
    model.cellEdit.end();
    await posting;

    expect(model.cellEdit.delayedBatches).toBeGreaterThan(0);
    const status = model.values('Run Log').map((r) => r[3]);
    expect(status).toEqual(['Status', 'Posted']);
  });
});
