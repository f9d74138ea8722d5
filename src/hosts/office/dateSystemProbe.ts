/// <reference types="office-js" />

/** What `DATE(1904, 1, 1)` returns in each date system: serial 0 in 1904, 1462 in 1900. */
const SERIAL_1904_SYSTEM = 0;
const SERIAL_1900_SYSTEM = 1462;

/**
 * Queues the probe of the workbook's date system: `workbook.functions.date(1904, 1, 1)`, whose
 * value `dateSystemOf` reads after the next sync.
 *
 * @example
 * const probe = probeDateSystem(context); await context.sync(); dateSystemOf(probe.value)
 */
export function probeDateSystem(context: Excel.RequestContext): Excel.FunctionResult<number> {
  const epoch = context.workbook.functions.date(1904, 1, 1);
  epoch.load('value,error');
  return epoch;
}

/**
 * Whether the workbook uses the 1904 date system, from the probe's value: `true` for 0, `false`
 * for 1462. Anything else — an error value from the function, null, another number — means the
 * date system is unknown, and reading dates with a guess could shift every date by four years,
 * so it throws a clear error instead.
 *
 * @example
 * dateSystemOf(1462) // → false
 * dateSystemOf(0)    // → true
 * dateSystemOf('#VALUE!') // throws
 */
export function dateSystemOf(value: unknown, error?: string | null): boolean {
  if (!error && value === SERIAL_1904_SYSTEM) return true;
  if (!error && value === SERIAL_1900_SYSTEM) return false;
  throw new Error(
    `Could not tell the workbook's date system: DATE(1904,1,1) returned ${error ? `the error ${error}` : JSON.stringify(value)} (expected 0 or 1462). Close and reopen the workbook, then try again.`,
  );
}
