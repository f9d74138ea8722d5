import type { StartMode } from '../startup/detectStartMode';

/** How the pane started: a start mode, or a failure to show rather than only log. */
export type Startup = StartMode | { kind: 'failed'; message: string };

export interface ShellMessage {
  title: string;
  body: string;
  /** `alert` is announced by screen readers at once. */
  role: 'status' | 'alert';
}

/**
 * The words the shell shows for each way of starting (the real pages replace the first two).
 *
 * @example
 * shellMessage({ kind: 'standalone', reason: 'no-office-host' }).title // → 'Standalone mode — open a workbook'
 */
export function shellMessage(startup: Startup): ShellMessage {
  switch (startup.kind) {
    case 'excel':
      return { title: 'Renewal Runs', body: 'Connected to this workbook.', role: 'status' };
    case 'standalone':
      return {
        title: 'Standalone mode — open a workbook',
        body:
          startup.reason === 'no-office-js'
            ? "Office isn't available here, so Renewal Runs works on an .xlsx file you open in this browser."
            : 'Not running inside Excel, so Renewal Runs works on an .xlsx file you open in this browser.',
        role: 'status',
      };
    case 'failed':
      return { title: 'Renewal Runs could not start', body: startup.message, role: 'alert' };
  }
}
