import type { LocalDate } from '../../../engine/dates/localDate';
import type { SepaDebit, SequenceType } from './sepaDirectDebit';

/** The debits of one PmtInf: one collection date and one sequence type. */
export interface SepaDebitGroup {
  collectionDate: LocalDate;
  sequenceType: SequenceType;
  debits: SepaDebit[];
}

/** FRST before RCUR on the same date, as banks list them and the first collection comes first. */
const SEQUENCE_ORDER: Readonly<Record<SequenceType, number>> = { FRST: 0, RCUR: 1 };

/**
 * The debits grouped per (collection date, sequence type), since PmtTpInf/SeqTp and
 * ReqdColltnDt are single-valued per PmtInf (NOTES.md). Groups come by date, then FRST before
 * RCUR; the debits of a group keep their input order. The input is not changed.
 *
 * @example
 * groupDebits([rcurOn('2026-12-02'), frstOn('2026-12-09'), frstOn('2026-12-02')])
 * // → [{ 2026-12-02, FRST, [3rd] }, { 2026-12-02, RCUR, [1st] }, { 2026-12-09, FRST, [2nd] }]
 */
export function groupDebits(debits: readonly SepaDebit[]): SepaDebitGroup[] {
  const groups = new Map<string, SepaDebitGroup>();
  for (const debit of debits) {
    const key = `${debit.collectionDate} ${debit.sequenceType}`;
    const group = groups.get(key);
    if (group) group.debits.push(debit);
    else groups.set(key, { collectionDate: debit.collectionDate, sequenceType: debit.sequenceType, debits: [debit] });
  }
  return [...groups.values()].sort((a, b) => a.collectionDate - b.collectionDate || SEQUENCE_ORDER[a.sequenceType] - SEQUENCE_ORDER[b.sequenceType]);
}
