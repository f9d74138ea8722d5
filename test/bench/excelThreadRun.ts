/**
 * The main thread's side of "Excel in a thread of its own" (excelThread.ts): an `ExcelRun` that is
 * the real office.js `Excel.run` (test/officeJs), whose executor sends each request as JSON text
 * to the Excel thread and parses the answer — what office.js does with a pane's requests in Excel
 * on the web. So the main thread runs exactly the pane's share: the host, office.js's proxies,
 * serialising and parsing; Excel's execution and workbook are elsewhere.
 */
import { join } from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import type { ExcelRun } from '../../src/hosts/office/excelRun';
import { loadOfficeJs, type RequestExecutor, type RequestExecutorResponse } from '../officeJs/loadOfficeJs';
import type { ExcelThreadQuestion } from './excelThread';

/**
 * Starts the Excel thread with a sample workbook of `members`; `run` is the pane's Excel.run on
 * it, `requests` counts the requests sent (each a `context.sync()` round trip).
 *
 * @example
 * const excel = startExcelThread(100_000); const host = new OfficeWorkbookHost(excel.run); … await excel.stop();
 */
export function startExcelThread(members: number) {
  const { Excel, OfficeExtension } = loadOfficeJs();
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(join(__dirname, 'excelThread.js'), {
    workerData: { port: port2, members },
    transferList: [port2],
    resourceLimits: { maxOldGenerationSizeMb: 12_000, maxYoungGenerationSizeMb: 64 },
  });
  const waiting = new Map<number, (text: string) => void>();
  port1.on('message', ({ id, text }: { id: number; text: string }) => {
    waiting.get(id)?.(text);
    waiting.delete(id);
  });
  let nextId = 0;
  const ask = (question: ExcelThreadQuestion): Promise<string> =>
    new Promise((resolve) => {
      const id = ++nextId;
      waiting.set(id, resolve);
      port1.postMessage({ ...question, id });
    });
  const counted = { requests: 0 };
  let executors = 0;
  class ThreadSession extends OfficeExtension.SessionBase {
    override _createRequestExecutorOrNull(): RequestExecutor {
      const executor = ++executors;
      return {
        async executeAsync(_customData, _flags, message) {
          counted.requests++;
          const text = await ask({ kind: 'request', executor, text: JSON.stringify(message.Body) });
          return JSON.parse(text) as RequestExecutorResponse;
        },
      };
    }
  }
  const run: ExcelRun = (options, batch) => Excel.run({ ...options, session: new ThreadSession() }, batch);
  return {
    run,
    counted,
    /** A sheet's values as the Excel thread's workbook holds them. */
    values: async (sheet: string) => JSON.parse(await ask({ kind: 'values', sheet })) as unknown[][],
    stop: async () => {
      port1.close();
      await worker.terminate();
    },
  };
}
