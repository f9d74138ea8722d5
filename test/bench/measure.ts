/** Milliseconds taken by `fn`, and its result. */
export function timed<T>(fn: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

/** {@link timed} for an async function: the time until its promise settles. */
export async function timedAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

/** This process's peak resident memory so far, in MB. */
export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** Prints one JSON result line for the parent runner to collect. */
export function report(result: Record<string, number | string>): void {
  process.stdout.write(`BENCH ${JSON.stringify(result)}\n`);
}
