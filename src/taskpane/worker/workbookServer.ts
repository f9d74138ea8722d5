import type { LocalDate } from '../../engine/dates/localDate';
import { XlsxWorkbookHost } from '../../hosts/file/xlsxWorkbookHost';
import { sampleWorkbook } from '../../workbook/sample/sampleWorkbook';
import { HostReconcileSession } from '../session/reconcileSession';
import { HostRunsSession } from '../session/hostRunsSession';
import { SessionRefusal } from '../session/runsSession';
import { RECONCILE_METHODS, RUNS_METHODS, type WorkerRequest, type WorkerResponse } from './workerProtocol';

/** A response and the buffers to move (not copy) with it. */
export interface ServerReply {
  response: WorkerResponse;
  transfer: ArrayBuffer[];
}

interface OpenBook {
  host: XlsxWorkbookHost;
  runs: HostRunsSession;
  reconcile: HostReconcileSession;
}

/**
 * The worker's side of the standalone session: one workbook in memory (opened from bytes or
 * built as the demo), and every RunsSession / ReconcileSession call run on it. Requests are
 * served one at a time in arrival order, as on the page before, so a post never interleaves
 * with a preview. Anything thrown becomes a response: a SessionRefusal's words as a refusal,
 * anything else as an error message.
 *
 * @example
 * const serve = createWorkbookServer(() => new Date());
 * self.onmessage = async (e) => { const { response, transfer } = await serve(e.data); self.postMessage(response, transfer); };
 */
export function createWorkbookServer(now: () => Date): (request: WorkerRequest) => Promise<ServerReply> {
  let book: OpenBook | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const openBook = (host: XlsxWorkbookHost): null => {
    book = { host, runs: new HostRunsSession(host, now), reconcile: new HostReconcileSession(host, now) };
    return null;
  };

  const run = async ({ target, method, args }: WorkerRequest): Promise<unknown> => {
    if (target === 'book') {
      if (method === 'open') return openBook(XlsxWorkbookHost.fromBytes(new Uint8Array(args[0] as ArrayBuffer)));
      if (method === 'demo') {
        const host = XlsxWorkbookHost.empty();
        for (const sheet of sampleWorkbook({ asOf: args[0] as LocalDate })) host.replaceSheetSync(sheet);
        return openBook(host);
      }
      if (method === 'save') return opened().host.toBytes();
    } else if (target === 'runs' && RUNS_METHODS[method as keyof typeof RUNS_METHODS] === true) {
      const session = opened().runs as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
      return session[method](...args);
    } else if (target === 'reconcile' && method in RECONCILE_METHODS) {
      const session = opened().reconcile as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
      return session[method](...args);
    }
    throw new Error(`The session worker has no ${target}.${method}`);
  };

  const opened = (): OpenBook => {
    if (!book) throw new Error('No workbook is open in the session worker');
    return book;
  };

  return (request) => {
    const reply = queue.then(() => run(request)).then(
      (value): ServerReply => {
        if (!(value instanceof Uint8Array)) return { response: { id: request.id, ok: true, value }, transfer: [] };
        const bytes = ownBuffer(value);
        return { response: { id: request.id, ok: true, value: bytes }, transfer: [bytes.buffer as ArrayBuffer] };
      },
      (error: unknown): ServerReply => ({
        response: { id: request.id, ok: false, refusal: error instanceof SessionRefusal, message: error instanceof Error ? error.message : String(error) },
        transfer: [],
      }),
    );
    queue = reply;
    return reply;
  };
}

/** `bytes` on a buffer of its own (so moving it moves nothing else), copied only when needed. */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}
