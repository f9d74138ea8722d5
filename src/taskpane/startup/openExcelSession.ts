import type { WorkbookExporter } from '../../hosts/office/createWorkbookExporter';
import { EXCEL_WEB_LIMITS, type OfficeLimits } from '../../hosts/office/excelRun';
import type { OfficeWorkbookHost } from '../../hosts/office/officeWorkbookHost';
import { HostRunsSession } from '../session/hostRunsSession';
import { HostReconcileSession, type ReconcileSession } from '../session/reconcileSession';
import type { RunsSession } from '../session/runsSession';
import { excelInWorker } from '../worker/excelInWorker';
import { PANE_LIMITS } from '../worker/hostProtocol';
import { type MessageEndpoint, WorkerStopped } from '../worker/workerChannel';
import { openWorkbookSession } from './openWorkbookSession';

/** What opening Excel's workbook gives the pane. */
export interface ExcelSession {
  notices: string[];
  runs: RunsSession;
  reconcile: ReconcileSession;
  /** Where the session runs: the session worker, or the pane's own thread. */
  where: 'worker' | 'page';
}

/** What openExcelSession needs, injected: the pane passes Office's and the browser's, tests the model's. */
export interface ExcelSessionOptions {
  /** The Office host with the given request limits. */
  createHost(limits: OfficeLimits): OfficeWorkbookHost;
  exporter: WorkbookExporter | null;
  /** The session worker; null where the browser has no workers. */
  startWorker: (() => MessageEndpoint) | null;
  session: string;
  now: () => Date;
}

/**
 * Opens Excel's workbook for the pane: the session in the session worker (parse, plan,
 * fingerprint, layout there; Office.js on the pane, syncing PANE_LIMITS at a time), or on the
 * pane's thread as before where there are no workers or the worker cannot start. Either way,
 * interrupted posts are rolled back first and their notices returned.
 *
 * @example
 * const { runs, notices } = await openExcelSession({ createHost: createOfficeHost, exporter, startWorker: startSessionWorker, session, now: () => new Date() });
 */
export async function openExcelSession(options: ExcelSessionOptions): Promise<ExcelSession> {
  const { exporter, session, now } = options;
  if (options.startWorker) {
    try {
      const opened = await excelInWorker(options.startWorker(), options.createHost(PANE_LIMITS), { exporter, session, limits: PANE_LIMITS });
      return { ...opened, where: 'worker' };
    } catch (error) {
      // A worker that could not run leaves the session on the page; any other failure is the workbook's.
      if (!(error instanceof WorkerStopped)) throw error;
    }
  }
  const host = options.createHost(EXCEL_WEB_LIMITS);
  const notices = await openWorkbookSession(host, { session, now: now() });
  return {
    notices,
    runs: new HostRunsSession(host, now, { workbookExporter: exporter, session }),
    reconcile: new HostReconcileSession(host, now),
    where: 'page',
  };
}
