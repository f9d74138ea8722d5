/**
 * The session worker's entry (standalone web mode): it owns the opened workbook and answers the
 * pane's calls (see workbookServer). Its clock is the browser's own, the same as the page's.
 */
import { failureMessage } from './replyMessages';
import { createWorkbookServer } from './workbookServer';
import type { WorkerRequest } from './workerProtocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const serve = createWorkbookServer(() => new Date());

scope.onmessage = (event) => {
  void serve(event.data).then((messages) => {
    try {
      for (const { message, transfer } of messages) scope.postMessage(message, transfer);
    } catch (error) {
      // A value that cannot be cloned is a bug; the page must still hear of it, not wait for ever.
      scope.postMessage(failureMessage(event.data.id, error).message, []);
    }
  });
};
