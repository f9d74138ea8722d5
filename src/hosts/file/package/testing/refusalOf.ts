import { Refusal } from '../../../refusal';

/**
 * The Refusal `fn` throws; any other error is thrown on, and no error at all fails the test.
 *
 * @example
 * expect(refusalOf(() => readZip(bytes, EXCEL_LIMITS)).code).toBe('CORRUPT_WORKBOOK');
 */
export function refusalOf(fn: () => unknown): Refusal {
  try {
    fn();
  } catch (e) {
    if (e instanceof Refusal) return e;
    throw e;
  }
  throw new Error('not refused');
}
