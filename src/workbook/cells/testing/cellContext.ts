/**
 * A parser context for tests: column `Start Date`, 1900 date system, Date Order `YMD`,
 * overridden field by field. Test-only (imported from *.test.ts files).
 */
import type { CellContext } from '../cellParser';

/**
 * @example
 * parseDateCell('03/04/2026', cellContext({ dateOrder: 'DMY' })) // → 2026-04-03
 */
export function cellContext(over: Partial<CellContext> = {}): CellContext {
  return { column: 'Start Date', date1904: false, dateOrder: 'YMD', ...over };
}
