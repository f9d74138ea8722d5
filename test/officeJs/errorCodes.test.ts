/**
 * A model error reaches the host as office.js's own OfficeExtension.Error with the model's code:
 * the harness answers `Body.Error { Code, Message, Location }` and office.js builds the error
 * (ClientRequestContext.processRequestExecutorResponseMessage), so the host's `error.code`
 * branches run against the real error class.
 */
import { OfficeWorkbookHost } from '../../src/hosts/office/officeWorkbookHost';
import { readWorkbookRecords } from '../../src/workbook/read/readWorkbookRecords';
import { ExcelModelError } from '../excelModel/excelModel';
import { sampleModel } from '../office/seedModel';
import { loadOfficeJs } from './loadOfficeJs';
import { officeJsRun } from './officeJsRun';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}

describe('model errors through office.js', () => {
  it('gives ItemNotFound for a sheet that is not there', async () => {
    const { run } = officeJsRun(sampleModel(10));
    const error = await rejection(new OfficeWorkbookHost(run).selectRow('No such sheet', 2, 3));
    expect(error).toBeInstanceOf(loadOfficeJs().OfficeExtension.Error);
    expect(error).not.toBeInstanceOf(ExcelModelError);
    expect(error).toMatchObject({ code: 'ItemNotFound', debugInfo: expect.objectContaining({ errorLocation: 'WorksheetCollection.getItem' }) });
    // The failed action, as office.js prints it from the answer's ActionIndex.
    expect((error as { debugInfo: { statement?: string } }).debugInfo.statement).toBe('var worksheet = worksheets.getItem(...);');
  });

  it('gives ConnectionFailure for a dropped request, and nothing of it is applied', async () => {
    const model = sampleModel(10);
    const { run } = officeJsRun(model);
    const host = new OfficeWorkbookHost(run);
    await host.readWorkbook();
    model.failAtSync(2); // deleteSheet: 1 = look the sheet up, 2 = delete it
    const error = await rejection(host.deleteSheet('Applications'));
    expect(error).toBeInstanceOf(loadOfficeJs().OfficeExtension.Error);
    expect(error).toMatchObject({ code: 'ConnectionFailure' });
    expect(model.sheetNames()).toContain('Applications');
  });

  it('lets the host split a read whose response is over the limit and read it again', async () => {
    // readSheets halves a group on ResponsePayloadSizeLimitExceeded: that branch runs on the real error.
    const model = sampleModel(2000, { payloadLimitBytes: 60_000 });
    const { run, recorder } = officeJsRun(model);
    const grids = await new OfficeWorkbookHost(run, { payloadBytes: 200_000, cellsPerOperation: 100_000 }).readWorkbook();
    expect(readWorkbookRecords(grids).records.members).toHaveLength(2000);
    expect(recorder.requests.map((r) => r.errorCode)).toContain('ResponsePayloadSizeLimitExceeded');
  });
});
