import type { LocalDate } from '../../../engine/dates/localDate';
import type { BatchTotals } from './batchRecords';
import { amountInCents, rdfiIdentification } from './entryDetailRecord';
import type { NachaDebit } from './nachaFile';

/** The entry hash and the file hash keep their rightmost 10 digits (NACHA: high-order digits dropped). */
const HASH_MODULUS = 10_000_000_000;

/**
 * The debits of one batch: those collected on one effective entry date, in input order.
 *
 * @example
 * const batch: NachaBatch = { effectiveDate: isoDate('2026-03-05'), debits: [debit] };
 */
export interface NachaBatch {
  effectiveDate: LocalDate;
  debits: NachaDebit[];
}

/**
 * The debits grouped into one batch per effective entry date, earliest date first; within a
 * batch the debits keep the order they were given in. A batch has one effective date, so debits
 * collected on different days cannot share one.
 *
 * @example
 * batchesByEffectiveDate([onMarch6, onMarch5, alsoOnMarch6])
 * // → [{ effectiveDate: March 5, debits: [onMarch5] }, { effectiveDate: March 6, debits: [onMarch6, alsoOnMarch6] }]
 */
export function batchesByEffectiveDate(debits: readonly NachaDebit[]): NachaBatch[] {
  const byDate = new Map<LocalDate, NachaDebit[]>();
  for (const debit of debits) {
    const batch = byDate.get(debit.effectiveDate);
    if (batch) batch.push(debit);
    else byDate.set(debit.effectiveDate, [debit]);
  }
  return [...byDate.entries()].sort(([a], [b]) => a - b).map(([effectiveDate, batchDebits]) => ({ effectiveDate, debits: batchDebits }));
}

/**
 * A batch's count, entry hash and debit total. The entry hash adds the 8-digit RDFI
 * identifications and keeps the rightmost 10 digits; the total adds whole cents, never
 * dollars, so that 0.1 + 0.2 is 30 cents.
 *
 * @example
 * batchTotals([{ routingNumber: '231380104', amount: 0.1, … }, { routingNumber: '231380104', amount: 0.2, … }])
 * // → { entryAddendaCount: 2, entryHash: 46276020, totalDebitCents: 30 }
 */
export function batchTotals(debits: readonly NachaDebit[]): BatchTotals {
  let entryHash = 0;
  let totalDebitCents = 0;
  for (const debit of debits) {
    entryHash = (entryHash + Number(rdfiIdentification(debit.routingNumber))) % HASH_MODULUS;
    totalDebitCents += amountInCents(debit.amount);
  }
  return { entryAddendaCount: debits.length, entryHash, totalDebitCents };
}

/**
 * The file's entry hash: the sum of the batch hashes, rightmost 10 digits.
 *
 * @example
 * fileEntryHash([9_999_999_990, 20]) // → 10
 */
export function fileEntryHash(batchHashes: readonly number[]): number {
  return batchHashes.reduce((sum, hash) => (sum + hash) % HASH_MODULUS, 0);
}
