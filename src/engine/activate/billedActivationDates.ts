import type { ForecastContext } from '../actions/forecastContribution';
import type { LocalDate } from '../dates/localDate';
import { createRunContext } from '../plan/runContext';
import { planActivations } from './planActivations';

/**
 * The days a run's billed activations fall in the projection (SPEC §11: "the 12-month forecast
 * and chart count … billed activations"): the applications {@link planActivations} would
 * activate if the run posted on the projection's first day — `Approved`, in the run's scope, of
 * a known product, not already active — each counted on its term start (the later of Requested
 * Start and that day), the day the membership starts and its first invoice falls due.
 *
 * Without Bill Activations an activation posts no invoice, so it counts nowhere: the
 * projection counts invoices, notices, lapses and drops, and ignores members who will join
 * (it does not renew the new memberships either).
 *
 * @example
 * billedActivationDates({ run: { ...run, billActivations: true }, state, from: isoDate('2026-11-21'), end })
 * // → [2026-11-21, 2027-01-01] (one application without a Requested Start, one starting 2027-01-01)
 */
export function billedActivationDates(ctx: ForecastContext): LocalDate[] {
  if (!ctx.run.billActivations) return [];
  const items = planActivations(createRunContext(ctx.state.records, ctx.run, ctx.from, ctx.state));
  return items.flatMap((item) => (item.termStart !== null && item.amount !== null ? [item.termStart] : []));
}
