import type { Operation } from './execution';
import { Loaded, ModelProxy, ProxyContext } from './proxyBase';
import type { SyncEngine } from './syncEngine';
import type { WorkbookState } from './workbookState';
import { WorkbookProxy } from './workbookProxy';

/** The model's Excel.Application: only suspendApiCalculationUntilNextSync. */
export class ApplicationProxy extends ModelProxy<WorkbookState> {
  protected readonly entity = 'Application';
  protected readonly loadable: readonly string[] = [];

  constructor(context: ProxyContext, book: WorkbookState) {
    super(context, 'application', () => book, { target: book });
  }

  /** Queues suspending recalculation until the next sync; counted in stats.suspendedCalculation. */
  suspendApiCalculationUntilNextSync(): void {
    this.queue(
      'suspendApiCalculationUntilNextSync',
      () => ({}),
      (_book, _wire, execution) => {
        execution.suspensions++;
      },
    );
  }

  protected readProperty(): Loaded {
    return { data: undefined };
  }
}

/**
 * The model's Excel.RequestContext: proxies queue operations here and `sync()` sends them as
 * one request. A sync with nothing queued sends nothing and is not a round trip (Office.js's
 * syncPrivate returns early when the request has no actions). Operations queued after `sync()`
 * is called go into the next request.
 *
 * @example
 * const range = context.workbook.worksheets.getItem('Members').getRange('A1:C3');
 * range.load('values');
 * await context.sync();
 */
export class ModelRequestContext implements ProxyContext {
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;
  private queue: Operation[] = [];

  constructor(
    book: WorkbookState,
    private readonly engine: SyncEngine,
  ) {
    this.workbook = new WorkbookProxy(this, book);
    this.application = new ApplicationProxy(this, book);
  }

  /** How many operations are queued for the next sync (a driver maps them back to its own actions). */
  get queued(): number {
    return this.queue.length;
  }

  enqueue(operation: Operation): void {
    this.queue.push(operation);
  }

  /**
   * Sends everything queued as one request; resolves when Excel has applied it. `sentBytes` is
   * for a driver that knows the real request's size (the office.js harness): the payload limit
   * then judges those bytes (see SyncEngine.execute).
   */
  async sync(sentBytes?: number): Promise<void> {
    const operations = this.queue;
    this.queue = [];
    if (operations.length === 0) return;
    await this.engine.execute(operations, sentBytes);
  }

  /** Drops everything queued (Excel.run does this when the batch throws). */
  discard(): void {
    this.queue = [];
  }
}
