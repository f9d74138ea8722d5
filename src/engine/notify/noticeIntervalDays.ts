import { DEFAULT_NOTICE_INTERVAL_DAYS, RunDefinition } from '../model/run';

/**
 * The days between two notices of one invoice: the run's Notice Interval Days, or 30 when it is
 * blank (SPEC §3.4).
 *
 * @example
 * noticeIntervalDays({ noticeIntervalDays: null }) // → 30
 * noticeIntervalDays({ noticeIntervalDays: 14 })   // → 14
 */
export function noticeIntervalDays(run: Pick<RunDefinition, 'noticeIntervalDays'>): number {
  return run.noticeIntervalDays ?? DEFAULT_NOTICE_INTERVAL_DAYS;
}
