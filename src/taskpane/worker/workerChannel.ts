import { Refusal } from '../../app/refusal';
import type { WorkerItemsPart, WorkerResponse, WorkerTarget } from './workerProtocol';

/** The part of a Worker (or a MessagePort) the channel uses. */
export interface MessageEndpoint {
  postMessage(message: unknown, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
}

/** The session worker itself failed (its script could not load, it ran out of memory): no call of it can be answered. */
export class WorkerStopped extends Error {}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  /** Items received ahead of the response, in order. */
  parts: unknown[][];
}

/**
 * The pane's end of the session worker: `call` posts a request and resolves with the worker's
 * value, or rejects with a Refusal (its code and words, as the worker threw it) or an Error. When the worker
 * itself fails (its script cannot load, it runs out of memory), every call still waiting is
 * rejected with that failure in words, so the page never waits for ever.
 *
 * @example
 * const channel = new WorkerChannel(new Worker(url));
 * const runs = await channel.call('runs', 'listRuns', []);
 */
export class WorkerChannel {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly endpoint: MessageEndpoint) {
    endpoint.addEventListener('message', (event: MessageEvent) => this.receive(event.data as WorkerResponse | WorkerItemsPart));
    endpoint.addEventListener('error', (event: ErrorEvent) => {
      const failure = new WorkerStopped(`The workbook's background worker stopped: ${event.message || 'it could not run'}`);
      for (const { reject } of this.pending.values()) reject(failure);
      this.pending.clear();
    });
  }

  call<T>(target: WorkerTarget, method: string, args: unknown[], transfer: Transferable[] = []): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, parts: [] });
      this.endpoint.postMessage({ id, target, method, args }, transfer);
    });
  }

  private receive(message: WorkerResponse | WorkerItemsPart): void {
    const waiting = this.pending.get(message.id);
    if (!waiting) return;
    if ('itemsPart' in message) {
      waiting.parts.push(message.itemsPart);
      return;
    }
    this.pending.delete(message.id);
    if (!message.ok) waiting.reject(message.refusal ? new Refusal(message.refusal, message.message) : new Error(message.message));
    else if (message.itemParts === undefined) waiting.resolve(message.value);
    else if (message.itemParts !== waiting.parts.length)
      waiting.reject(new Error(`The worker sent ${waiting.parts.length} of ${message.itemParts} parts of the items`));
    else waiting.resolve({ ...(message.value as object), items: waiting.parts.flat() });
  }
}
