/**
 * The session worker in a Node worker thread (the benchmark's, paneWorkerChild.ts): the same
 * attachSessionWorker as the pane's sessionWorker.ts, on the port and with the clock the
 * benchmark gives (nodeWorkerPorts.ts).
 */
import { type MessagePort, workerData } from 'node:worker_threads';
import { attachSessionWorker } from '../../src/taskpane/worker/attachSessionWorker';
import { portScope } from './nodeWorkerPorts';

const { port, now } = workerData as { port: MessagePort; now: string };
attachSessionWorker(portScope(port), () => new Date(now));
