import type { LocalDate } from '../../engine/dates/localDate';
import { PackageWorkbookHost } from '../../hosts/file/packageWorkbookHost';
import { sampleWorkbook } from '../../workbook/sample/sampleWorkbook';
import { HostReconcileSession } from '../session/reconcileSession';
import { HostRunsSession } from '../session/hostRunsSession';
import { openWorkbookSession } from '../startup/openWorkbookSession';
import { ForwardedWorkbookHost } from './forwardedWorkbookHost';
import type { HostLink } from './hostLink';
import { failureMessage, type OutgoingMessage, replyMessages } from './replyMessages';
import { type ExcelBookOptions, RECONCILE_METHODS, RUNS_METHODS, type WorkerRequest } from './workerProtocol';

interface OpenBook {
  /** The workbook in memory (standalone); null for Excel's, which the pane holds. */
  host: PackageWorkbookHost | null;
  runs: HostRunsSession;
  reconcile: HostReconcileSession;
}

/**
 * The worker's side of the session: one workbook in memory (standalone: opened from bytes or
 * built as the demo) or Excel's live workbook reached through the pane (`link`, Excel mode: see
 * ForwardedWorkbookHost), and every RunsSession / ReconcileSession call run on it. Requests are
 * served one at a time in arrival order, as on the page before, so a post never interleaves
 * with a preview. Each answer is a list of messages (see replyMessages); anything thrown
 * becomes a failure message: a Refusal's words as a refusal, anything else as an error.
 *
 * @example
 * const serve = createWorkbookServer(() => new Date());
 * self.onmessage = async (e) => { for (const { message, transfer } of await serve(e.data)) self.postMessage(message, transfer); };
 */
export function createWorkbookServer(now: () => Date, link?: HostLink): (request: WorkerRequest) => Promise<OutgoingMessage[]> {
  let book: OpenBook | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const openBook = (host: PackageWorkbookHost): null => {
    book = { host, runs: new HostRunsSession(host, now), reconcile: new HostReconcileSession(host, now) };
    return null;
  };

  /** Excel mode: the pane's workbook; first the business of interrupted posts (SPEC §5), whose notices are the value. */
  const openExcel = async ({ session, exportOpensIn, limits }: ExcelBookOptions): Promise<string[]> => {
    if (!link) throw new Error('This session worker cannot reach Excel');
    const host = new ForwardedWorkbookHost(link, limits);
    const workbookExporter =
      exportOpensIn === null
        ? null
        : { opensIn: exportOpensIn, openAsNewWorkbook: async (bytes: Uint8Array) => void (await link.call('openAsNewWorkbook', [bytes])) };
    book = null;
    const notices = await openWorkbookSession(host, { session, now: now() });
    book = { host: null, runs: new HostRunsSession(host, now, { workbookExporter, session }), reconcile: new HostReconcileSession(host, now) };
    return notices;
  };

  const run = async ({ target, method, args }: WorkerRequest): Promise<unknown> => {
    if (target === 'book') {
      if (method === 'open') return openBook(PackageWorkbookHost.fromBytes(new Uint8Array(args[0] as ArrayBuffer)));
      if (method === 'demo') {
        const host = PackageWorkbookHost.empty();
        for (const sheet of sampleWorkbook({ asOf: args[0] as LocalDate })) host.replaceSheetSync(sheet);
        return openBook(host);
      }
      if (method === 'excel') return openExcel(args[0] as ExcelBookOptions);
      if (method === 'save') return inMemory().toBytes();
    } else if (target === 'runs' && offers(RUNS_METHODS, method)) {
      return callOn(opened().runs, method, args);
    } else if (target === 'runs' && method === 'exportWorkbook' && opened().runs.exportWorkbook) {
      // Only where Excel can open the file (Excel mode, ExcelApi 1.8).
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

  const inMemory = (): PackageWorkbookHost => {
    const { host } = opened();
    if (!host) throw new Error("Excel's workbook is saved by Excel, not by the session worker");
    return host;
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
