import { formatIsoDate } from '../../../engine/dates/isoDate';
import type { LocalDate } from '../../../engine/dates/localDate';

/**
 * The key of a post's SEPA batch: its Run ID and as-of date. The export makes each PmtInfId from
 * it (`paymentInformationId`), and reconcile makes the same ids from the Collections ledger, so
 * a bank's batch-booked credit finds the collections it pays. Never change it: files already at
 * the bank carry ids made from it.
 *
 * @example
 * sepaBatchKey('NIGHTLY', isoDate('2026-11-30')) // → 'NIGHTLY 2026-11-30'
 */
export function sepaBatchKey(runId: string, asOf: LocalDate): string {
  return `${runId} ${formatIsoDate(asOf)}`;
}
