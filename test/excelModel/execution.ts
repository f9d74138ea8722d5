import { ErrorCode, ExcelModelError } from './modelError';
import type { EnterOptions } from './enterValue';
import type { WorkbookState } from './workbookState';

/** What an operation sends over the wire: serialised into the request at sync time. */
export type Wire = { op: string; path: string } & Record<string, unknown>;

/**
 * One queued command. Office.js keeps a reference to the arguments and serialises them only
 * when `sync()` builds the request, so `execute` is given the wire form as it came back out of
 * JSON (undefined and NaN inside arrays have become null, as Excel would receive them).
 */
export interface Operation {
  readonly wire: () => Wire;
  execute(execution: Execution, wire: Wire): void;
}

/** Anything an operation can point at: it resolves to its target once per request. */
export interface Resolvable<T> {
  /** The target fixed by an earlier successful sync (Excel.run tracks objects across syncs). */
  committed: { target: T | null } | undefined;
  /** Finds (or, for add methods, creates) the target against the workbook; null = null object. */
  resolveIn(execution: Execution): T | null;
  /** Called when the request that resolved it succeeded. */
  commit(target: T | null): void;
}

/**
 * One request being executed against the workbook: objects are instantiated once per request,
 * cell counts and loaded data are totalled, and proxies are only updated (loaded values,
 * isNullObject) if the whole request succeeds — a failed request returns no results.
 */
export class Execution {
  cells = 0;
  /** Application.suspendApiCalculationUntilNextSync calls applied in this request. */
  suspensions = 0;
  readonly response: unknown[] = [];
  private readonly resolved = new Map<Resolvable<unknown>, unknown>();
  private readonly onSuccess: (() => void)[] = [];

  constructor(
    readonly book: WorkbookState,
    readonly cellLimit: number,
    readonly enter: EnterOptions,
  ) {}

  /**
   * The target of a proxy in this request: the committed one when an earlier sync fixed it,
   * else resolved now (at most once per request, in queue order, as Excel instantiates object
   * paths).
   *
   * @example
   * const sheet = execution.resolve(worksheetProxy);
   */
  resolve<T>(proxy: Resolvable<T>): T | null {
    if (proxy.committed) return proxy.committed.target;
    if (this.resolved.has(proxy)) return this.resolved.get(proxy) as T | null;
    const target = proxy.resolveIn(this);
    this.resolved.set(proxy, target);
    this.onSuccess.push(() => proxy.commit(target));
    return target;
  }

  /**
   * Counts the cells one range operation touches, refusing an operation over more than the
   * limit ("A range is limited to 5,000,000 cells for read operations", Resource limits and
   * performance optimization for Office Add-ins; Excel.ErrorCodes.rangeExceedsLimit).
   */
  countCells(cells: number, location: string): void {
    if (cells > this.cellLimit) {
      throw new ExcelModelError(
        ErrorCode.rangeExceedsLimit,
        `The cell count in the range has exceeded the maximum supported number (${cells} > ${this.cellLimit}).`,
        location,
      );
    }
    this.cells += cells;
  }

  /** Adds loaded data to the response; `deliver` runs only if the request succeeds. */
  respond(data: unknown, deliver: () => void): void {
    this.response.push(data);
    this.onSuccess.push(deliver);
  }

  /** Runs once the request has succeeded: commits resolutions and delivers loaded data. */
  succeed(): void {
    for (const done of this.onSuccess) done();
  }
}
