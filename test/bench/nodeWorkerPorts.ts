/**
 * Node's worker_threads as the session worker's two ends, so the benchmark runs the pane's own
 * code: a port to the Worker as the pane's MessageEndpoint (WorkerChannel, servePaneHost), a port
 * in the worker as its scope (attachSessionWorker). A browser delivers each message in a task of
 * its own; Node delivers every message waiting on a port in one callback, cloning them all in
 * one long task. So the pane's end takes one message per turn of the event loop
 * (receiveMessageOnPort), as a browser's page does; a message may so wait up to a millisecond.
 */
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { WorkerScope } from '../../src/taskpane/worker/attachSessionWorker';
import type { MessageEndpoint } from '../../src/taskpane/worker/workerChannel';

/**
 * Starts `script` as the session worker, handing it a port as `workerData.port`; returns the
 * pane's end and a `stop` that ends the worker and the polling.
 *
 * @example
 * const { endpoint, stop } = startNodeWorker(join(__dirname, 'sessionWorkerNode.js'), { now });
 */
export function startNodeWorker(script: string, data: object, options: { maxYoungGenerationSizeMb?: number; maxOldGenerationSizeMb?: number } = {}) {
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(script, { workerData: { ...data, port: port2 }, transferList: [port2], resourceLimits: options });
  const listeners: ((event: never) => void)[] = [];
  let polling = true;
  // One message per turn while they come, else a look every millisecond (no spinning: the machine
  // may have two cores, one of them the worker's).
  const poll = () => {
    const received = receiveMessageOnPort(port1);
    if (received) for (const listener of listeners) listener({ data: received.message } as never);
    if (!polling) return;
    if (received) setImmediate(poll);
    else setTimeout(poll, 1);
  };
  setTimeout(poll, 1);
  const endpoint = {
    postMessage: (message: unknown, transfer: Transferable[]) => port1.postMessage(message, transfer as never),
    addEventListener: (type: 'message' | 'error', listener: (event: never) => void) => {
      if (type === 'message') listeners.push(listener);
      else worker.on('error', (error: Error) => listener({ message: error.message } as never));
    },
  } as MessageEndpoint;
  const stop = async () => {
    polling = false;
    port1.close();
    await worker.terminate();
  };
  return { endpoint, stop };
}

/**
 * The worker's end: a port as a worker's global scope.
 *
 * @example
 * attachSessionWorker(portScope(workerData.port), () => new Date());
 */
export function portScope(port: MessagePort): WorkerScope {
  return {
    addEventListener: (_type, listener) => port.on('message', (data: unknown) => listener({ data })),
    postMessage: (message, transfer) => port.postMessage(message, transfer as never),
  };
}
