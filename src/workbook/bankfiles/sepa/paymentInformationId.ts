import { formatIsoDate } from '../../../engine/dates/isoDate';
import type { LocalDate } from '../../../engine/dates/localDate';
import { fnv1a32 } from '../../messages/mime/fnv1a';
import type { SequenceType } from './sepaDirectDebit';

/** Room for the batch key: 35 less ` YYYY-MM-DD SEQT` (16 characters). */
const KEY_MAX = 19;
/** Room for the readable start of a key that is hashed: KEY_MAX less a space and 7 hash characters. */
const PREFIX_MAX = KEY_MAX - 8;
/** The SEPA identifier set less `/`, which must not start or end an identifier nor be doubled. */
const OUTSIDE_KEY_SET = /[^A-Za-z0-9\-?:().,'+ ]/g;

/**
 * The PmtInfId of the batch of `batchKey`'s collections due on `collectionDate` with
 * `sequenceType`: `<key> <YYYY-MM-DD> <FRST|RCUR>`, at most 35 SEPA identifier characters.
 * A pure function of its inputs, so that Reconcile can recompute it to match a bank's
 * batch-booked credit (one entry per PmtInf) back to the collections it pays (SPEC §10).
 *
 * The key is written as it is when it fits (19 characters) and uses only the set (less `/`,
 * which must not start, end or double in an identifier). Otherwise it becomes its first 11
 * characters, each one outside the set made `-`, and a 7-character FNV-1a hash of the whole raw
 * key: two long keys sharing a prefix, or two keys differing only in a character outside the set
 * (`GOLD_1`, `GOLD-1`), still get different ids.
 *
 * @example
 * paymentInformationId('NIGHTLY 2026-11-30', isoDate('2026-12-02'), 'FRST')
 * // → 'NIGHTLY 2026-11-30 2026-12-02 FRST'
 * paymentInformationId('MEMBERSHIP RENEWALS 2026-11-30', isoDate('2026-12-02'), 'RCUR')
 * // → 'MEMBERSHIP <hash7> 2026-12-02 RCUR'
 */
export function paymentInformationId(batchKey: string, collectionDate: LocalDate, sequenceType: SequenceType): string {
  return `${keyPart(batchKey)} ${formatIsoDate(collectionDate)} ${sequenceType}`.trimStart();
}

/** The key as written in the id: itself when it is already clean and short, else prefix + hash. */
function keyPart(batchKey: string): string {
  const clean = batchKey.replace(OUTSIDE_KEY_SET, '-').replace(/ {2,}/g, ' ').trim();
  if (clean === batchKey && clean.length <= KEY_MAX) return clean;
  return `${clean.slice(0, PREFIX_MAX).trimEnd()} ${fnv1a32(batchKey).toString(36).padStart(7, '0')}`.trimStart();
}
