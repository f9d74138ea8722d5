/**
 * The task pane's entry: wait for office.js (when it loaded), tell Excel from an ordinary
 * browser, pick the theme, render. Rendering waits for Office.onReady, as Office requires before
 * any Office API is used; outside Office, onReady resolves at once with no host.
 */
import { createRoot } from 'react-dom/client';
import { createOfficeHost } from '../hosts/office/createOfficeHost';
import { App } from './app/App';
import { openWorkbookSession } from './startup/openWorkbookSession';
import type { Startup } from './app/shellMessage';
import { detectStartMode, type OfficeLike } from './startup/detectStartMode';
import { pickTheme } from './theme/pickTheme';

/** office.js's global, or undefined where the CDN script did not load. */
function officeGlobal(): OfficeLike | undefined {
  return typeof Office === 'undefined' ? undefined : Office;
}

function prefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

async function start(): Promise<{ startup: Startup; officeBackground: string | null; notices: string[] }> {
  try {
    const mode = await detectStartMode(officeGlobal());
    // Inside Excel, first finish the business of an interrupted post (SPEC §5).
    const notices = mode.kind === 'excel' ? await openWorkbookSession(createOfficeHost()) : [];
    return { startup: mode, officeBackground: mode.kind === 'excel' ? mode.officeBackground : null, notices };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { startup: { kind: 'failed', message: `Renewal Runs could not open this workbook: ${message}` }, officeBackground: null, notices: [] };
  }
}

const container = document.getElementById('root');
if (container == null) throw new Error('taskpane.html has no #root element');

void start().then(({ startup, officeBackground, notices }) => {
  const themeName = pickTheme({ officeBackground, prefersDark: prefersDark() });
  createRoot(container).render(<App startup={startup} themeName={themeName} notices={notices} />);
});
