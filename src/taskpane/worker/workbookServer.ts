import type { LocalDate } from '../../engine/dates/localDate';
import { PackageWorkbookHost } from '../../hosts/file/packageWorkbookHost';
import { sampleWorkbook } from '../../workbook/sample/sampleWorkbook';
import { HostReconcileSession } from '../session/reconcileSession';
import { HostRunsSession } from '../session/hostRunsSession';
import { failureMessage, type OutgoingMessage, replyMessages } from './replyMessages';
import { RECONCILE_METHODS, RUNS_METHODS, type WorkerRequest } from './workerProtocol';

interface OpenBook {
  host: PackageWorkbookHost;
  runs: HostRunsSession;
  reconcile: HostReconcileSession;
}

/**
 * The worker's side of the standalone session: one workbook in memory (opened from bytes or
 * built as the demo), and every RunsSession / ReconcileSession call run on it. Requests are
 * served one at a time in arrival order, as on the page before, so a post never interleaves
 * with a preview. Each answer is a list of messages (see replyMessages); anything thrown
 * becomes a failure message: a Refusal's words as a refusal, anything else as an error.
 *
 * @example
 * const serve = createWorkbookServer(() => new Date());
 * self.onmessage = async (e) => { for (const { message, transfer } of await serve(e.data)) self.postMessage(message, transfer); };
 */
export function createWorkbookServer(now: () => Date): (request: WorkerRequest) => Promise<OutgoingMessage[]> {
  let book: OpenBook | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const openBook = (host: PackageWorkbookHost): null => {
    book = { host, runs: new HostRunsSession(host, now), reconcile: new HostReconcileSession(host, now) };
    return null;
  };

  const run = async ({ target, method, args }: WorkerRequest): Promise<unknown> => {
    if (target === 'book') {
      if (method === 'open') return openBook(PackageWorkbookHost.fromBytes(new Uint8Array(args[0] as ArrayBuffer)));
      if (method === 'demo') {
        const host = PackageWorkbookHost.empty();
        for (const sheet of sampleWorkbook({ asOf: args[0] as LocalDate })) host.replaceSheetSync(sheet);
        return openBook(host);
      }
      if (method === 'save') return opened().host.toBytes();
    } else if (target === 'runs' && offers(RUNS_METHODS, method)) {
      return callOn(opened().runs, method, args);
    } else if (target === 'reconcile' && offers(RECONCILE_METHODS, method)) {
      return callOn(opened().reconcile, method, args);
    }
    throw new Error(`The session worker has no ${target}.${method}`);
  };

  const opened = (): OpenBook => {
    if (!book) throw new Error('No workbook is open in the session worker');
    return book;
  };

  return (request) => {
    const reply = queue
      .then(() => run(request))
      .then(
        (value) => replyMessages(request.id, value),
        (error: unknown) => [failureMessage(request.id, error)],
      );
    queue = reply;
    return reply;
  };
}

/** Whether the list offers `method` as its own entry (never an inherited `toString`). */
function offers(methods: Record<string, boolean>, method: string): boolean {
  return Object.prototype.hasOwnProperty.call(methods, method) && methods[method];
}

function callOn(session: object, method: string, args: unknown[]): Promise<unknown> {
  return (session as Record<string, (...a: unknown[]) => Promise<unknown>>)[method](...args);
}
