import type { LocalDate } from '../dates/localDate';
import { addDays } from '../dates/localDate';
import type { NoticeKind } from '../model/planItem';

export interface NoticeKindOptions {
  /** Notice Interval Days (see `noticeIntervalDays`). */
  intervalDays: number;
  /** The run's Drop After Days; `null` = the run never drops, so no notice is final. */
  dropAfterDays: number | null;
}

/**
 * The kind of notice number `noticeNumber` on an invoice due on `dueDate` (SPEC §3.4): "`first`
 * for number 1; `final` when the run has Drop After Days P and
 * `D + Notice Interval Days ≥ Due Date + P`; else `reminder`". That is, a notice is final when
 * the next one would not go out before the drop line. Number 1 is always `first`, even then.
 *
 * @example
 * const options = { intervalDays: 30, dropAfterDays: 60 };
 * noticeKind(1, isoDate('2026-01-01'), isoDate('2026-02-15'), options) // → 'first'
 * noticeKind(2, isoDate('2026-01-01'), isoDate('2026-01-30'), options) // → 'reminder' (Jan 30 + 30 = Mar 1 < Mar 2)
 * noticeKind(2, isoDate('2026-01-01'), isoDate('2026-01-31'), options) // → 'final'    (Jan 31 + 30 = Mar 2 ≥ Jan 1 + 60)
 */
export function noticeKind(noticeNumber: number, dueDate: LocalDate, asOf: LocalDate, options: NoticeKindOptions): NoticeKind {
  if (noticeNumber === 1) return 'first';
  const { intervalDays, dropAfterDays } = options;
  if (dropAfterDays != null && addDays(asOf, intervalDays) >= addDays(dueDate, dropAfterDays)) return 'final';
  return 'reminder';
}
