import type { LocalDate } from '../dates/localDate';
import { addDays } from '../dates/localDate';
import type { Invoice } from '../model/records';

/** The invoice fields that record which notices it has had. */
export type NoticeHistory = Pick<Invoice, 'noticesSent' | 'lastNoticeDate'>;

export interface IsNoticeDueOptions {
  /** Notice Interval Days (see `noticeIntervalDays`). */
  intervalDays: number;
  /** Max Notices; `null` = no limit. */
  maxNotices: number | null;
}

/**
 * Whether an invoice is due for its next notice as of `asOf` (SPEC §3.4): "when
 * `Notices Sent = 0`, or `D ≥ Last Notice Date + Notice Interval Days`; and `Max Notices` is
 * blank or `Notices Sent < Max Notices`".
 *
 * Notices Sent > 0 with a blank Last Notice Date counts as due: the date of the last notice is
 * unknown, so nothing shows the interval has not passed, and a missed reminder is worse than an
 * early one. (Max Notices still applies.)
 *
 * @example
 * const options = { intervalDays: 30, maxNotices: 3 };
 * isNoticeDue({ noticesSent: 0, lastNoticeDate: null }, isoDate('2026-01-02'), options)               // → true
 * isNoticeDue({ noticesSent: 1, lastNoticeDate: isoDate('2026-01-02') }, isoDate('2026-01-31'), options) // → false
 * isNoticeDue({ noticesSent: 1, lastNoticeDate: isoDate('2026-01-02') }, isoDate('2026-02-01'), options) // → true
 * isNoticeDue({ noticesSent: 3, lastNoticeDate: isoDate('2025-01-01') }, isoDate('2026-02-01'), options) // → false
 */
export function isNoticeDue(history: NoticeHistory, asOf: LocalDate, options: IsNoticeDueOptions): boolean {
  const { intervalDays, maxNotices } = options;
  if (maxNotices != null && history.noticesSent >= maxNotices) return false;
  if (history.noticesSent === 0 || history.lastNoticeDate == null) return true;
  return asOf >= addDays(history.lastNoticeDate, intervalDays);
}
