/// <reference types="office-js" />
import type { ExcelRun } from '../../src/hosts/office/excelRun';
import type { ExcelModel } from '../excelModel/excelModel';
import { loadOfficeJs, RequestExecutor, RequestExecutorResponse } from './loadOfficeJs';
import { PathResolver } from './pathResolver';
import { errorResponse, replayRequest } from './replayRequest';
import { DELAY_FOR_CELL_EDIT_FLAG, RequestBody, requestBytes } from './requestBody';
import { RequestRecorder } from './requestRecorder';

/**
 * An `ExcelRun` that is the real office.js `Excel.run`: the host's batches are queued and
 * serialised by office.js itself, and each request it sends goes to a recording executor that
 * replays it onto the model (replayRequest). One executor, with its own model context and object
 * paths, per office.js request context, i.e. per Excel.run. Before replaying, the request's flags
 * decide cell-edit mode: with the delayForCellEdit bit the request waits while the user edits a
 * cell; without it, it fails with InvalidOperationInCellEditMode.
 *
 * @example
 * const { run, recorder } = officeJsRun(model);
 * const grids = await new OfficeWorkbookHost(run).readWorkbook();
 * expect(recorder.largestBytes).toBeLessThanOrEqual(4_500_000);
 */
export function officeJsRun(model: ExcelModel, recorder = new RequestRecorder()): { run: ExcelRun; recorder: RequestRecorder } {
  const { Excel, OfficeExtension } = loadOfficeJs();
  class ModelSession extends OfficeExtension.SessionBase {
    override _createRequestExecutorOrNull(): RequestExecutor {
      return recordingExecutor(model, recorder);
    }
  }
  const run: ExcelRun = (options, batch) => Excel.run({ ...options, session: new ModelSession() }, batch);
  return { run, recorder };
}

function recordingExecutor(model: ExcelModel, recorder: RequestRecorder): RequestExecutor {
  const context = model.openContext();
  const resolver = new PathResolver(context);
  return {
    async executeAsync(_customData, flags, message) {
      const body = message.Body as RequestBody;
      const bytes = requestBytes(body);
      let answer: RequestExecutorResponse;
      try {
        await model.cellEdit.admit({ delayForCellEdit: (flags & DELAY_FOR_CELL_EDIT_FLAG) !== 0 });
        answer = await replayRequest(resolver, context, body, bytes);
      } catch (error) {
        answer = errorResponse(error);
      }
      const error = (answer.Body as { Error?: { Code: string } }).Error;
      recorder.requests.push({
        bytes,
        flags,
        actions: body.Actions.length,
        responseBytes: requestBytes(answer.Body),
        ...(error ? { errorCode: error.Code } : {}),
      });
      return answer;
    },
  };
}
