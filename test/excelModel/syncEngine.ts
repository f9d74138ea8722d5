import type { EnterOptions } from './enterValue';
import { Execution, Operation, Wire } from './execution';
import { ErrorCode, ExcelModelError } from './modelError';
import type { WorkbookState } from './workbookState';

/** One round trip: request size, cells touched by range operations, response size. */
export interface RequestStat {
  /** The model's own serialisation of the request (its queued operations as JSON). */
  bytes: number;
  /** The bytes a driver says were really sent (office.js's request body); judged against the limit when given. */
  sentBytes?: number;
  cells: number;
  responseBytes: number;
}

/** What the model counts; `resetStats()` zeroes it. */
export interface ModelStats {
  /** Round trips: syncs that had something queued (an empty sync sends nothing, as in Office.js). */
  syncs: number;
  requests: RequestStat[];
  largestRequestBytes: number;
  largestResponseBytes: number;
  /** Application.suspendApiCalculationUntilNextSync calls that reached Excel. */
  suspendedCalculation: number;
}

export interface SyncLimits {
  payloadLimitBytes: number;
  cellLimit: number;
  enter: EnterOptions;
}

type Fault = 'dropRequest' | 'loseResponse';

/**
 * Counters at zero.
 *
 * @example
 * engine.stats = emptyStats();
 */
export const emptyStats = (): ModelStats => ({ syncs: 0, requests: [], largestRequestBytes: 0, largestResponseBytes: 0, suspendedCalculation: 0 });

/**
 * Sends queued operations to the model workbook, one request per sync, in this order:
 * 1. the request is the JSON of the queued operations (full 2-D arrays included); over the
 *    payload limit it is refused with RequestPayloadSizeLimitExceeded and nothing is applied
 *    ("Excel on the web has a payload size limit for requests and responses of 5MB", Resource
 *    limits and performance optimization for Office Add-ins);
 * 2. operations run in queue order; one that fails stops the request, and those before it
 *    stay applied (Excel does not roll a batch back);
 * 3. the response is the JSON of everything loaded; over the limit the sync rejects with
 *    ResponsePayloadSizeLimitExceeded (the writes have happened, the loads are lost);
 * 4. only then do proxies receive loaded values and isNullObject.
 * Faults: a dropped request applies nothing; a lost response applies everything and still
 * rejects. Both reject with ConnectionFailure (OfficeExtension.ErrorCodes.connectionFailure).
 */
export class SyncEngine {
  stats: ModelStats = emptyStats();
  private roundTrips = 0;
  private readonly faults = new Map<number, Fault>();

  constructor(
    private readonly book: WorkbookState,
    private readonly limits: SyncLimits,
  ) {}

  /** Makes the n-th round trip from now (1 = the next) fail in the given way. */
  planFault(n: number, fault: Fault): void {
    if (!Number.isInteger(n) || n < 1) throw new Error(`excelModel: a fault needs a sync number of 1 or more, not ${n}`);
    this.faults.set(this.roundTrips + n, fault);
  }

  /**
   * Runs one request. Rejects with the model's RichApi.Error as Excel would. `sentBytes`, when a
   * driver gives it (the office.js harness: UTF-8 bytes of the real request body), is what the
   * payload limit judges instead of the model's own serialisation.
   *
   * @example
   * await engine.execute(queuedOperations);
   */
  async execute(operations: Operation[], sentBytes?: number): Promise<void> {
    await Promise.resolve();
    const trip = ++this.roundTrips;
    const fault = this.faults.get(trip);
    this.faults.delete(trip);
    const body = JSON.stringify(operations.map((o) => o.wire()));
    const stat: RequestStat = { bytes: Buffer.byteLength(body, 'utf8'), cells: 0, responseBytes: 0 };
    if (sentBytes !== undefined) stat.sentBytes = sentBytes;
    const judged = sentBytes ?? stat.bytes;
    this.stats.syncs++;
    this.stats.requests.push(stat);
    this.stats.largestRequestBytes = Math.max(this.stats.largestRequestBytes, stat.bytes);
    if (fault === 'dropRequest') throw connectionFailure(trip, 'the request was dropped; nothing was applied');
    if (judged > this.limits.payloadLimitBytes) {
      throw new ExcelModelError(
        ErrorCode.requestPayloadSizeLimitExceeded,
        `The request payload size has exceeded the limit (${judged} > ${this.limits.payloadLimitBytes} bytes).`,
        'RequestContext.sync',
      );
    }
    const wires = JSON.parse(body) as Wire[];
    const execution = new Execution(this.book, this.limits.cellLimit, this.limits.enter);
    try {
      operations.forEach((operation, i) => {
        try {
          operation.execute(execution, wires[i]);
        } catch (error) {
          if (error instanceof ExcelModelError) error.operationIndex = i;
          throw error;
        }
      });
    } finally {
      stat.cells = execution.cells;
      this.stats.suspendedCalculation += execution.suspensions;
    }
    stat.responseBytes = Buffer.byteLength(JSON.stringify(execution.response), 'utf8');
    this.stats.largestResponseBytes = Math.max(this.stats.largestResponseBytes, stat.responseBytes);
    if (stat.responseBytes > this.limits.payloadLimitBytes) {
      throw new ExcelModelError(
        ErrorCode.responsePayloadSizeLimitExceeded,
        `The response payload size has exceeded the limit (${stat.responseBytes} > ${this.limits.payloadLimitBytes} bytes).`,
        'RequestContext.sync',
      );
    }
    if (fault === 'loseResponse') throw connectionFailure(trip, 'the request was applied but its response was lost');
    execution.succeed();
  }
}

function connectionFailure(trip: number, what: string): ExcelModelError {
  return new ExcelModelError(ErrorCode.connectionFailure, `Connection to Excel failed at round trip ${trip}: ${what} (model fault).`, 'RequestContext.sync');
}
