import type { ReconcileSession } from '../session/reconcileSession';
import type { RunsSession } from '../session/runsSession';
import type { WorkerChannel } from './workerChannel';
import { RECONCILE_METHODS, RUNS_METHODS, type WorkerTarget } from './workerProtocol';

/** An object whose every listed method forwards its arguments to the worker under `target`. */
function forwarding<T>(channel: WorkerChannel, target: WorkerTarget, methods: Record<string, boolean>): T {
  const session: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const [method, offered] of Object.entries(methods)) {
    if (offered) session[method] = (...args: unknown[]) => channel.call(target, method, args);
  }
  return session as T;
}

/**
 * The runs of the workbook the session worker holds, as a RunsSession: the pages cannot tell
 * it from one on the page's own thread. Methods the worker does not offer are absent, as the
 * interface's optional methods are where a host cannot do them; `exportWorkbook` is present
 * only when asked for (Excel mode where Excel can open a new workbook).
 *
 * @example
 * const runs = workerRunsSession(channel);
 * await runs.preview('NIGHTLY');
 */
export function workerRunsSession(channel: WorkerChannel, offers: { exportWorkbook?: boolean } = {}): RunsSession {
  return forwarding<RunsSession>(channel, 'runs', { ...RUNS_METHODS, exportWorkbook: offers.exportWorkbook === true });
}

/**
 * The worker's reconcile, as a ReconcileSession.
 *
 * @example
 * const preview = await workerReconcileSession(channel).previewFromFile('settled.csv', bytes);
 */
export function workerReconcileSession(channel: WorkerChannel): ReconcileSession {
  return forwarding<ReconcileSession>(channel, 'reconcile', RECONCILE_METHODS);
}
