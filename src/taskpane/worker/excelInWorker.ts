import { EXCEL_WEB_LIMITS, type OfficeLimits } from '../../hosts/office/excelRun';
import type { WorkbookExporter } from '../../hosts/office/createWorkbookExporter';
import type { OfficeWorkbookHost } from '../../hosts/office/officeWorkbookHost';
import type { ReconcileSession } from '../session/reconcileSession';
import type { RunsSession } from '../session/runsSession';
import { type PaneHost, servePaneHost } from './servePaneHost';
import { type MessageEndpoint, WorkerChannel } from './workerChannel';
import type { ExcelBookOptions } from './workerProtocol';
import { workerReconcileSession, workerRunsSession } from './workerSessions';

/** Excel's workbook opened in the session worker: what opening it did, and its sessions. */
export interface ExcelInWorker {
  notices: string[];
  runs: RunsSession;
  reconcile: ReconcileSession;
}

/**
 * Excel mode with the session in a worker: the pane keeps the Office host (Office.js runs only
 * on its thread) and serves the worker's reads and writes (servePaneHost); the worker parses,
 * plans, fingerprints and lays out, so a 100,000-membership preview never holds the pane in a
 * long task. Opening first rolls back interrupted posts, in the worker, and returns the notices.
 * Rejects with WorkerStopped when the worker cannot run (the caller may stay on the page).
 * `limits` must be the host's own (default EXCEL_WEB_LIMITS, as createOfficeHost's).
 *
 * @example
 * const { notices, runs, reconcile } = await excelInWorker(startSessionWorker(), createOfficeHost(), { exporter, session });
 */
export async function excelInWorker(
  endpoint: MessageEndpoint,
  host: OfficeWorkbookHost,
  options: { exporter: WorkbookExporter | null; session: string; limits?: OfficeLimits; pane?: Omit<PaneHost, 'host' | 'exporter'> },
): Promise<ExcelInWorker> {
  servePaneHost(endpoint, { ...options.pane, host, exporter: options.exporter });
  const channel = new WorkerChannel(endpoint);
  const book: ExcelBookOptions = { session: options.session, exportOpensIn: options.exporter?.opensIn ?? null, limits: options.limits ?? EXCEL_WEB_LIMITS };
  const notices = await channel.call<string[]>('book', 'excel', [book]);
  return { notices, runs: workerRunsSession(channel, { exportWorkbook: book.exportOpensIn !== null }), reconcile: workerReconcileSession(channel) };
}
