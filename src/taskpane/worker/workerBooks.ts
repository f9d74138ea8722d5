import { DEMO_FILE_NAME, type StandaloneWorkbook, type StandaloneBooks } from '../standalone/standaloneBooks';
import { type MessageEndpoint, WorkerChannel } from './workerChannel';
import { workerReconcileSession, workerRunsSession } from './workerSessions';

/**
 * Standalone mode's workbooks in a session worker (SPEC §7: the page must not freeze while a
 * 100,000-membership workbook is read, planned or written). The worker starts on the first
 * open, so the start page loads none of it; opening another workbook replaces the one it holds.
 * The file's bytes are moved to the worker, not copied; the page keeps only what it shows.
 *
 * @example
 * const books = workerBooks(() => new Worker(new URL('./sessionWorker.ts', import.meta.url)));
 * const opened = await books.openFile(input.files[0]);
 */
export function workerBooks(startWorker: () => MessageEndpoint): StandaloneBooks {
  let channel: WorkerChannel | null = null;
  const connect = (): WorkerChannel => (channel ??= new WorkerChannel(startWorker()));

  const opened = (fileName: string, worker: WorkerChannel): StandaloneWorkbook => ({
    fileName,
    runs: workerRunsSession(worker),
    reconcile: workerReconcileSession(worker),
    toBytes: () => worker.call<Uint8Array>('book', 'save', []),
  });

  return {
    openFile: async (file) => {
      const bytes = await file.arrayBuffer();
      const worker = connect();
      await worker.call('book', 'open', [bytes], [bytes]);
      return opened(file.name, worker);
    },
    openDemo: async (asOf) => {
      const worker = connect();
      await worker.call('book', 'demo', [asOf]);
      return opened(DEMO_FILE_NAME, worker);
    },
  };
}
