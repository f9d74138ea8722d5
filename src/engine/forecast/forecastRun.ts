import { isCurrentMembership } from '../model/isCurrentMembership';
import { ACTION_REGISTRY, ACTIONS, type ForecastAction } from '../actions/actionRegistry';
import type { ForecastContext, ForecastContribution, ForecastTimeline } from '../actions/forecastContribution';
import { addDays, LocalDate } from '../dates/localDate';
import type { GatheredState } from '../gather/gatheredState';
import type { Member } from '../model/records';
import type { RunDefinition } from '../model/run';
import { isInRunScope } from '../plan/runScope';
import { isAlreadyRenewed } from '../renew/isAlreadyRenewed';

/** The actions that add to the projection, in the chart's order (`renew`, `notify`, `lapse`, `drop`, `activate`). */
export const FORECAST_ACTIONS: readonly ForecastAction[] = ACTIONS.filter((a): a is ForecastAction => ACTION_REGISTRY[a].forecast !== null).sort(
  (a, b) => ACTION_REGISTRY[a].forecast.order - ACTION_REGISTRY[b].forecast.order,
);

/**
 * The registry's forecast contribution of an action, as the interface (its optional parts readable).
 *
 * @example
 * forecastContribution('renew').noun // → 'renewals'
 */
export function forecastContribution(action: ForecastAction): ForecastContribution {
  return ACTION_REGISTRY[action].forecast;
}

/** What a run is projected to do in one week: a count per forecast action (zero for those it lacks). */
export type ForecastWeek = { weekStart: LocalDate } & Record<ForecastAction, number>;

export interface ForecastOptions {
  /** The first day of the projection (usually today). */
  from: LocalDate;
  /** How many weeks (default 52: the next twelve months). */
  weeks?: number;
}

/**
 * Projects, week by week, what a run will do if nobody pays early — the Statistics tab's chart
 * (SPEC §7). Each Active or grace (SPEC §11) membership in the run's scope that is not already renewed gets a
 * timeline: the day the run bills its renewal (when `R = End Date + 1` enters the run's window:
 * `R − Lead Days`, `End − Expiry Window Days`, or by Expiring By, whichever the run sets) and the
 * day it is dropped (`R + Drop After Days`). Each action of the run that has a forecast
 * contribution in the registry (renew: the billing day; notify: a notice then and every Notice
 * Interval Days while Max Notices allows; lapse: the day after End Date; drop: the drop day)
 * counts its days. An action may also count days of the whole run once (activate: with Bill
 * Activations, the term start of each application it would activate as of `from`). Actions the
 * run lacks count zero. A projection, not a plan: it ignores payments that will arrive and
 * members who will join (the renewals of new activations included).
 *
 * @example
 * forecastRun(state, run, { from: isoDate('2026-11-21') })[0] // → { weekStart: 2026-11-21, renew: 38, notify: 41, lapse: 0, drop: 6, activate: 0 }
 */
export function forecastRun(state: GatheredState, run: RunDefinition, options: ForecastOptions): ForecastWeek[] {
  const weeks = options.weeks ?? 52;
  const { from } = options;
  const end = addDays(from, weeks * 7);
  const out: ForecastWeek[] = Array.from({ length: weeks }, (_, i) => emptyWeek(addDays(from, i * 7)));
  const contributions = FORECAST_ACTIONS.filter((a) => run.actions.includes(a)).map((a) => ({ action: a, ...forecastContribution(a) }));
  const ctx: ForecastContext = { run, state, from, end };
  const count = (action: ForecastAction, date: LocalDate) => {
    if (date >= from && date < end) out[Math.floor((date - from) / 7)][action]++;
  };
  for (const { action, applicationDates } of contributions) {
    for (const date of applicationDates?.(ctx) ?? []) count(action, date);
  }
  for (const member of state.records.members) {
    if (!isCurrentMembership(member.status, state.records.settings) || !isInRunScope(run, member)) continue;
    const renewalDate = addDays(member.endDate, 1);
    if (isAlreadyRenewed(state.invoicesByMembership.get(member.membershipId) ?? [], renewalDate)) continue;
    const timeline = forecastTimeline(run, member, renewalDate, from);
    for (const { action, dates } of contributions) {
      for (const date of dates?.(timeline, ctx) ?? []) count(action, date);
    }
  }
  return out;
}

function emptyWeek(weekStart: LocalDate): ForecastWeek {
  const week = { weekStart } as ForecastWeek;
  for (const action of FORECAST_ACTIONS) week[action] = 0;
  return week;
}

/** The days the run bills and drops one membership (see {@link ForecastTimeline}). */
function forecastTimeline(run: RunDefinition, member: Member, renewalDate: LocalDate, from: LocalDate): ForecastTimeline {
  const dropDate = run.actions.includes('drop') && run.dropAfterDays !== null ? addDays(renewalDate, run.dropAfterDays) : null;
  const billed = run.actions.includes('renew') ? billingDate(run, member.endDate, renewalDate, from) : null;
  // The drop line comes first: a membership the run drops is never also billed (README, Rules).
  return { member, billed: billed !== null && (dropDate === null || billed < dropDate) ? billed : null, dropDate };
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
