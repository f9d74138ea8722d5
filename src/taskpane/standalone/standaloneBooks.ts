import type { LocalDate } from '../../engine/dates/localDate';
import { HostReconcileSession, type ReconcileSession } from '../session/reconcileSession';
import { HostRunsSession } from '../session/hostRunsSession';
import type { RunsSession } from '../session/runsSession';
import { createDemoWorkbook, openWorkbookFile } from './browserWorkbook';

/** A workbook opened in standalone web mode, kept in memory until saved as a download. */
export interface StandaloneWorkbook {
  fileName: string;
  runs: RunsSession;
  reconcile: ReconcileSession;
  /** The workbook as it is now, as .xlsx bytes (for Save). */
  toBytes(): Promise<Uint8Array>;
}

/** Where standalone mode opens workbooks: on the page's own thread, or in a worker. */
export interface StandaloneBooks {
  openFile(file: File): Promise<StandaloneWorkbook>;
  /** The built-in demo workbook, dated around `asOf`. */
  openDemo(asOf: LocalDate): Promise<StandaloneWorkbook>;
}

/**
 * Workbooks held and planned on the page's own thread. The pane uses the session worker
 * (workerBooks) wherever the browser has workers; this is for component tests in jsdom and for
 * a browser without them, where a big workbook then blocks the page while it works.
 *
 * @example
 * const opened = await inPageBooks(() => new Date()).openDemo(asOf);
 * await opened.runs.listRuns();
 */
export function inPageBooks(now: () => Date): StandaloneBooks {
  const opened = (host: Awaited<ReturnType<typeof openWorkbookFile>>, fileName: string): StandaloneWorkbook => ({
    fileName,
    runs: new HostRunsSession(host, now),
    reconcile: new HostReconcileSession(host, now),
    toBytes: async () => host.toBytes(),
  });
  return {
    openFile: async (file) => opened(await openWorkbookFile(file), file.name),
    openDemo: async (asOf) => opened(await createDemoWorkbook(asOf), DEMO_FILE_NAME),
  };
}

/** The name the demo workbook is saved under. */
export const DEMO_FILE_NAME = 'renewal-runs-demo.xlsx';
