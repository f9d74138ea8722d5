/**
 * When a post happens, as the Run Log and the run's Last Executed At record it: ISO 8601 in
 * UTC to the second (`2026-11-21T02:00:13Z`), unambiguous wherever the workbook is opened.
 *
 * @example
 * executedAt(new Date('2026-11-21T02:00:13.456Z')) // → '2026-11-21T02:00:13Z'
 */
export function executedAt(now: Date): string {
  return `${now.toISOString().slice(0, 19)}Z`;
}
