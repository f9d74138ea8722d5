/** One request office.js sent, as the harness saw it. */
export interface RecordedRequest {
  /** UTF-8 bytes of `JSON.stringify(body)`: what office.js sends to Excel. */
  bytes: number;
  /** The request flags office.js passed to the executor (64 = delayForCellEdit). */
  flags: number;
  /** How many actions the request carries. */
  actions: number;
  /** UTF-8 bytes of the answer's body as the harness built it (the model's reply, not Excel's). */
  responseBytes: number;
  /** The error code the model answered with, if it refused the request. */
  errorCode?: string;
}

/**
 * Every request office.js sent through the harness, in order, with its real size.
 *
 * @example
 * const { run, recorder } = officeJsRun(model);
 * await new OfficeWorkbookHost(run).readWorkbook();
 * recorder.largestBytes; // the largest request office.js built
 */
export class RequestRecorder {
  readonly requests: RecordedRequest[] = [];

  /** The size of the largest request recorded (0 when none). */
  get largestBytes(): number {
    return this.requests.reduce((max, r) => Math.max(max, r.bytes), 0);
  }

  /** The size of the largest answer recorded (0 when none). */
  get largestResponseBytes(): number {
    return this.requests.reduce((max, r) => Math.max(max, r.responseBytes), 0);
  }

  /** Forgets what was recorded (between the steps of a measurement). */
  reset(): void {
    this.requests.length = 0;
  }
}
