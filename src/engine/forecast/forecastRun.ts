import { addDays, LocalDate } from '../dates/localDate';
import type { GatheredState } from '../gather/gatheredState';
import { nameKey } from '../gather/nameKey';
import { DEFAULT_NOTICE_INTERVAL_DAYS, RunDefinition } from '../model/run';
import { isInRunScope } from '../plan/runScope';
import { isAlreadyRenewed } from '../renew/isAlreadyRenewed';

/** What a run is projected to do in one week. */
export interface ForecastWeek {
  /** The week's first day. */
  weekStart: LocalDate;
  renew: number;
  notify: number;
  drop: number;
}

export interface ForecastOptions {
  /** The first day of the projection (usually today). */
  from: LocalDate;
  /** How many weeks (default 52: the next twelve months). */
  weeks?: number;
}

/**
 * Projects, week by week, what a run will renew, notify and drop if nobody pays early — the
 * Statistics tab's chart (SPEC §7). Each Active membership in the run's scope that is not
 * already renewed is renewed when its renewal date `R = End Date + 1` enters the run's window
 * (`R − Lead Days`, `End − Expiry Window Days`, or by Expiring By, whichever the run sets),
 * gets its first notice then and a reminder every Notice Interval Days while Max Notices
 * allows, and is dropped on `R + Drop After Days`. Actions the run lacks count zero. A
 * projection, not a plan: it ignores payments that will arrive and members who will join.
 *
 * @example
 * forecastRun(state, run, { from: isoDate('2026-11-21') })[0] // → { weekStart: 2026-11-21, renew: 38, notify: 41, drop: 6 }
 */
export function forecastRun(state: GatheredState, run: RunDefinition, options: ForecastOptions): ForecastWeek[] {
  const weeks = options.weeks ?? 52;
  const { from } = options;
  const end = addDays(from, weeks * 7);
  const out: ForecastWeek[] = Array.from({ length: weeks }, (_, i) => ({ weekStart: addDays(from, i * 7), renew: 0, notify: 0, drop: 0 }));
  const count = (date: LocalDate, field: 'renew' | 'notify' | 'drop') => {
    if (date >= from && date < end) out[Math.floor((date - from) / 7)][field]++;
  };
  const does = (action: 'renew' | 'notify' | 'drop') => run.actions.includes(action);
  const interval = run.noticeIntervalDays ?? DEFAULT_NOTICE_INTERVAL_DAYS;
  const droppable = does('drop') && run.dropAfterDays !== null;
  for (const member of state.records.members) {
    if (member.status !== 'Active' || !isInRunScope(run, member)) continue;
    const renewalDate = addDays(member.endDate, 1);
    if (isAlreadyRenewed(state.invoicesByMembership.get(member.membershipId) ?? [], renewalDate)) continue;
    const billed = billingDate(run, member.endDate, renewalDate, from);
    const dropDate = droppable ? addDays(renewalDate, run.dropAfterDays as number) : null;
    if (billed !== null && (dropDate === null || billed < dropDate) && does('renew')) {
      count(billed, 'renew');
      if (does('notify') && state.productsByKey.has(nameKey(member.product))) {
        for (let n = 0, day = billed; (run.maxNotices === null || n < run.maxNotices) && day < end && (dropDate === null || day < dropDate); n++, day = addDays(day, Math.max(1, interval))) {
          count(day, 'notify');
        }
      }
    }
    if (dropDate !== null) count(dropDate, 'drop');
  }
  return out;
}

/** When the run first bills a membership: the day its renewal enters the run's window (never before `from`). */
function billingDate(run: RunDefinition, endDate: LocalDate, renewalDate: LocalDate, from: LocalDate): LocalDate | null {
  if (run.mode === 'fixed') return run.effectiveDate !== null && endDate < run.effectiveDate ? from : null;
  const entries: LocalDate[] = [];
  if (run.leadDays !== null) entries.push(addDays(renewalDate, -run.leadDays));
  if (run.expiryWindowDays !== null) entries.push(addDays(endDate, -run.expiryWindowDays));
  if (run.expiringBy !== null && endDate > run.expiringBy) return null;
  if (entries.length === 0) return run.expiringBy !== null ? from : null;
  // Every set window must hold ("absent means no constraint"): the latest entry day counts.
  const entry = entries.reduce((a, b) => (a > b ? a : b));
  return entry < from ? from : entry;
}
