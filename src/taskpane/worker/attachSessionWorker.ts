import { HostLink } from './hostLink';
import { isHostReplyMessage } from './hostProtocol';
import { failureMessage } from './replyMessages';
import { createWorkbookServer } from './workbookServer';
import type { WorkerRequest } from './workerProtocol';

/** The part of a worker's global scope (or of Node's `parentPort`, adapted) the session worker uses. */
export interface WorkerScope {
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown, transfer: Transferable[]): void;
}

/**
 * Makes `scope` the session worker: the pane's requests go to the workbook server in arrival
 * order and its answers go back; the pane's replies to forwarded host calls (Excel mode) go to
 * the host link. The browser's worker entry and the benchmark's Node worker both call it, so both
 * run the same code.
 *
 * @example
 * attachSessionWorker(self as unknown as WorkerScope, () => new Date());
 */
export function attachSessionWorker(scope: WorkerScope, now: () => Date): void {
  const link = new HostLink((message) => scope.postMessage(message, []));
  const serve = createWorkbookServer(now, link);
  scope.addEventListener('message', ({ data }) => {
    if (isHostReplyMessage(data)) {
      link.receive(data);
      return;
    }
    const request = data as WorkerRequest;
    void serve(request).then((messages) => {
      try {
        for (const { message, transfer } of messages) scope.postMessage(message, transfer);
      } catch (error) {
        // A value that cannot be cloned is a bug; the page must still hear of it, not wait for ever.
        scope.postMessage(failureMessage(request.id, error).message, []);
      }
    });
  });
}
