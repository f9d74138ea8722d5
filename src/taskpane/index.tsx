/**
 * The task pane's entry: wait for office.js (when it loaded), tell Excel from an ordinary
 * browser, pick the theme, render. Rendering waits for Office.onReady, as Office requires before
 * any Office API is used; outside Office, onReady resolves at once with no host.
 */
import { createRoot } from 'react-dom/client';
import { createOfficeHost, createOfficeWorkbookExporter } from '../hosts/office/createOfficeHost';
import { App } from './app/App';
import { HostRunsSession } from './session/hostRunsSession';
import { HostReconcileSession, type ReconcileSession } from './session/reconcileSession';
import type { RunsSession } from './session/runsSession';
import { newPaneSession } from './startup/newPaneSession';
import { openWorkbookSession } from './startup/openWorkbookSession';
import type { Startup } from './app/shellMessage';
import { detectStartMode, type OfficeLike } from './startup/detectStartMode';
import { pickTheme } from './theme/pickTheme';
import { excelInWorker } from './worker/excelInWorker';
import { PANE_LIMITS } from './worker/hostProtocol';
import { startSessionWorker } from './worker/startSessionWorker';
import { WorkerStopped } from './worker/workerChannel';
import { workerBooks } from './worker/workerBooks';

/** office.js's global, or undefined where the CDN script did not load. */
function officeGlobal(): OfficeLike | undefined {
  return typeof Office === 'undefined' ? undefined : Office;
}

function prefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

interface Started {
  startup: Startup;
  officeBackground: string | null;
  notices: string[];
  session: RunsSession | null;
  reconcile: ReconcileSession | null;
}

/** A worker that could not run means the session stays on the page; any other failure is the workbook's. */
function onPageIfStopped(error: unknown): null {
  if (error instanceof WorkerStopped) return null;
  throw error;
}

async function start(): Promise<Started> {
  try {
    const mode = await detectStartMode(officeGlobal());
    if (mode.kind !== 'excel') return { startup: mode, officeBackground: null, notices: [], session: null, reconcile: null };
    // One posting session per pane load: another pane on the same workbook leaves its posts alone.
    const session = newPaneSession();
    const exporter = createOfficeWorkbookExporter();
    const started = { startup: mode, officeBackground: mode.officeBackground };
    // The session plans in a worker, Office.js stays on the pane (SPEC §7: the pane never freezes),
    // in syncs small enough that none holds the pane long (PANE_LIMITS).
    const inWorker =
      typeof Worker === 'undefined'
        ? null
        : await excelInWorker(startSessionWorker(), createOfficeHost(PANE_LIMITS), { exporter, session, limits: PANE_LIMITS }).catch(onPageIfStopped);
    if (inWorker) return { ...started, notices: inWorker.notices, session: inWorker.runs, reconcile: inWorker.reconcile };
    // No worker here (or it could not start): the session runs on the pane's thread, as before.
    const host = createOfficeHost();
    const clock = () => new Date();
    // Inside Excel, first finish the business of an interrupted post (SPEC §5).
    const notices = await openWorkbookSession(host, { session, now: clock() });
    return {
      ...started,
      notices,
      session: new HostRunsSession(host, clock, { workbookExporter: exporter, session }),
      reconcile: new HostReconcileSession(host, clock),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      startup: { kind: 'failed', message: `Renewal Runs could not open this workbook: ${message}` },
      officeBackground: null,
      notices: [],
      session: null,
      reconcile: null,
    };
  }
}

const container = document.getElementById('root');
if (container == null) throw new Error('taskpane.html has no #root element');

void start().then(({ startup, officeBackground, notices, session, reconcile }) => {
  const themeName = pickTheme({ officeBackground, prefersDark: prefersDark() });
  // Standalone mode works in a worker, so a big workbook never freezes the page (SPEC §7).
  const books = typeof Worker === 'undefined' ? undefined : workerBooks(startSessionWorker);
  createRoot(container).render(<App startup={startup} themeName={themeName} notices={notices} session={session} reconcile={reconcile} books={books} />);
});
