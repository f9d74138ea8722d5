import { ACTION_REGISTRY, type Action, type ForecastAction } from '../actions/actionRegistry';
import { FORECAST_ACTIONS, forecastContribution } from './forecastRun';

/** One series of the projection chart: an action that adds to the forecast. */
export interface ForecastSeries {
  action: ForecastAction;
  /** The legend's word: `Renew`. */
  label: string;
  /** The plural noun of the chart's words: `renewals`. */
  noun: string;
}

/**
 * The chart's series for a run, in the chart's order: the forecast actions the run has (all of
 * them when `actions` is not given), with the labels the registry gives them (the forecast's
 * own label when it has one: `Billed activations`).
 *
 * @example
 * forecastSeries(['renew', 'drop']).map((s) => s.label) // → ['Renew', 'Drop']
 */
export function forecastSeries(actions?: readonly Action[]): ForecastSeries[] {
  return FORECAST_ACTIONS.filter((a) => actions === undefined || actions.includes(a)).map((action) => ({
    action,
    label: forecastContribution(action).label ?? ACTION_REGISTRY[action].label,
    noun: forecastContribution(action).noun,
  }));
}
