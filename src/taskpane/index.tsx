/**
 * The task pane's entry: wait for office.js (when it loaded), tell Excel from an ordinary
 * browser, pick the theme, render. Rendering waits for Office.onReady, as Office requires before
 * any Office API is used; outside Office, onReady resolves at once with no host.
 */
import { createRoot } from 'react-dom/client';
import { createOfficeHost, createOfficeTextSheetWriter, createOfficeWorkbookExporter } from '../hosts/office/createOfficeHost';
import { officePlatform } from '../hosts/office/officePlatform';
import { DOWNLOAD_DELIVERY, fileDeliveryFor, type FileDelivery } from './app/fileDelivery';
import { App } from './app/App';
import type { ReconcileSession } from './session/reconcileSession';
import type { RunsSession } from './session/runsSession';
import { newPaneSession } from './startup/newPaneSession';
import { openExcelSession } from './startup/openExcelSession';
import type { Startup } from './app/shellMessage';
import { detectStartMode, type OfficeLike } from './startup/detectStartMode';
import { pickTheme } from './theme/pickTheme';
import { startSessionWorker } from './worker/startSessionWorker';
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
  /** How files reach the user: downloads, or new sheets in Excel for Mac (where downloads do not work). */
  delivery: FileDelivery;
}

async function start(): Promise<Started> {
  try {
    const mode = await detectStartMode(officeGlobal());
    if (mode.kind !== 'excel') return { startup: mode, officeBackground: null, notices: [], session: null, reconcile: null, delivery: DOWNLOAD_DELIVERY };
    // One posting session per pane load: another pane on the same workbook leaves its posts alone.
    // The session plans in the session worker where there is one, Office.js stays on the pane
    // (SPEC §7: the pane never freezes); interrupted posts are rolled back first (SPEC §5).
    const opened = await openExcelSession({
      createHost: createOfficeHost,
      exporter: createOfficeWorkbookExporter(),
      startWorker: typeof Worker === 'undefined' ? null : startSessionWorker,
      session: newPaneSession(),
      now: () => new Date(),
    });
    return {
      startup: mode,
      officeBackground: mode.officeBackground,
      notices: opened.notices,
      session: opened.runs,
      reconcile: opened.reconcile,
      delivery: fileDeliveryFor(officePlatform(Office), createOfficeTextSheetWriter),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      startup: { kind: 'failed', message: `Renewal Runs could not open this workbook: ${message}` },
      officeBackground: null,
      notices: [],
      session: null,
      reconcile: null,
      delivery: DOWNLOAD_DELIVERY,
    };
  }
}

const container = document.getElementById('root');
if (container == null) throw new Error('taskpane.html has no #root element');

void start().then(({ startup, officeBackground, notices, session, reconcile, delivery }) => {
  const themeName = pickTheme({ officeBackground, prefersDark: prefersDark() });
  // Standalone mode works in a worker, so a big workbook never freezes the page (SPEC §7).
  const books = typeof Worker === 'undefined' ? undefined : workerBooks(startSessionWorker);
  createRoot(container).render(
    <App startup={startup} themeName={themeName} notices={notices} session={session} reconcile={reconcile} books={books} delivery={delivery} />,
  );
});
