/**
 * "Excel" in a thread of its own for the benchmark (paneWorkerChild.ts): the in-repo Excel model
 * seeded with the sample workbook, answering the requests the real office.js sends from the
 * main thread (excelThreadRun.ts) as JSON text, the way Excel answers a pane: the model's
 * execution and its workbook's heap (and its garbage collection) stay off the pane's thread.
 */
import { type MessagePort, workerData } from 'node:worker_threads';
import type { ModelRequestContext } from '../excelModel/requestContext';
import { PathResolver } from '../officeJs/pathResolver';
import { errorResponse, replayRequest } from '../officeJs/replayRequest';
import type { RequestBody } from '../officeJs/requestBody';
import { sampleModel } from '../office/seedModel';

/** What the main thread asks: one executor's request (JSON text), or a sheet's values. */
export type ExcelThreadQuestion = { kind: 'request'; executor: number; text: string } | { kind: 'values'; sheet: string };

/** A question as sent, with the id its answer comes back under. */
export type ExcelThreadMessage = ExcelThreadQuestion & { id: number };

const { port, members } = workerData as { port: MessagePort; members: number };
const model = sampleModel(members);
const executors = new Map<number, { context: ModelRequestContext; resolver: PathResolver }>();

port.on('message', (message: ExcelThreadMessage) => {
  void answer(message).then((text) => port.postMessage({ id: message.id, text }));
});

async function answer(message: ExcelThreadMessage): Promise<string> {
  if (message.kind === 'values') return JSON.stringify(model.values(message.sheet));
  let state = executors.get(message.executor);
  if (!state) {
    const context = model.openContext();
    executors.set(message.executor, (state = { context, resolver: new PathResolver(context) }));
  }
  let response;
  try {
    response = await replayRequest(state.resolver, state.context, JSON.parse(message.text) as RequestBody, Buffer.byteLength(message.text, 'utf8'));
  } catch (error) {
    response = errorResponse(error);
  }
  return JSON.stringify(response);
}
