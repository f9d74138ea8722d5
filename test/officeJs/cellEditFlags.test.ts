/**
 * Excel.RunOptions.delayForCellEdit reaches the model as office.js really carries it: a bit of
 * the request flags (64, set by Excel.run's onBeforeExcelRun), read by the harness per request.
 */
import { OfficeWorkbookHost } from '../../src/hosts/office/officeWorkbookHost';
import type { ExcelRun } from '../../src/hosts/office/excelRun';
import { sampleModel } from '../office/seedModel';
import { loadOfficeJs } from './loadOfficeJs';
import { officeJsRun } from './officeJsRun';
import { DELAY_FOR_CELL_EDIT_FLAG } from './requestBody';

const writes = [{ sheet: 'Journal', row: 1, column: 1, value: 'Run ID' }];

describe('delayForCellEdit through the real request flags', () => {
  it('holds the host’s requests while the user edits a cell, then runs them', async () => {
    const model = sampleModel(20);
    const { run, recorder } = officeJsRun(model);
    const host = new OfficeWorkbookHost(run);
    model.cellEdit.begin();
    const writing = host.writeCells(writes);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(model.sheetNames()).not.toContain('Journal'); // held, not failed
    model.cellEdit.end();
    await writing;
    expect(model.values('Journal')).toEqual([['Run ID']]);
    expect(model.cellEdit.delayedBatches).toBeGreaterThan(0);
    expect(recorder.requests.length).toBeGreaterThan(0);
    expect(recorder.requests.every((r) => (r.flags & DELAY_FOR_CELL_EDIT_FLAG) !== 0)).toBe(true);
  });

  it('fails a request with InvalidOperationInCellEditMode, as office.js’s own error, when the option is off', async () => {
    const model = sampleModel(20);
    const harness = officeJsRun(model);
    const withoutDelay: ExcelRun = (options, batch) => harness.run({ ...options, delayForCellEdit: false }, batch);
    model.cellEdit.begin();
    const error = await new OfficeWorkbookHost(withoutDelay).writeCells(writes).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(loadOfficeJs().OfficeExtension.Error);
    expect(error).toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    expect(harness.recorder.requests).toEqual([expect.objectContaining({ errorCode: 'InvalidOperationInCellEditMode' })]);
    expect(harness.recorder.requests[0].flags & DELAY_FOR_CELL_EDIT_FLAG).toBe(0);
    expect(model.cellEdit.delayedBatches).toBe(0);
    model.cellEdit.end();
    expect(model.sheetNames()).not.toContain('Journal');
  });
});
