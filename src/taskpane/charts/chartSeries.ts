import { tokens } from '@fluentui/react-components';
import type { Action, ForecastAction } from '../../engine/actions/actionRegistry';
import { forecastSeries, type ForecastSeries } from '../../engine/forecast/forecastSeries';
import type { ForecastWeekView } from '../session/runsSession';

/** A series as the chart draws it: the legend's word and a colour. */
export interface ChartSeries extends ForecastSeries {
  /** The legend's word, the plural noun capitalised: `Renewals`, `Billed activations`. */
  legend: string;
  /** A Fluent palette token (readable on the light and the dark theme's backgrounds). */
  color: string;
}

/**
 * Each forecast action's colour; keyed by the registry's forecast actions, so a new one needs a
 * colour. Distinct hues at 3:1 or better against both themes' backgrounds (Marigold, the old
 * notify colour, is 2:1 on white).
 */
const COLORS: Record<ForecastAction, string> = {
  renew: tokens.colorPaletteBlueBorderActive,
  notify: tokens.colorPaletteTealBorderActive,
  lapse: tokens.colorPalettePurpleBorderActive,
  drop: tokens.colorPaletteRedBorderActive,
  activate: tokens.colorPaletteGreenBorderActive,
};

/**
 * The series the chart draws: the forecast actions of the run (`actions`, the run's Actions).
 * Without them (a caller that does not know the run), the series with any week above zero.
 *
 * @example
 * chartSeries(weeks, ['drop']).map((s) => s.legend) // → ['Drops']
 */
export function chartSeries(weeks: readonly ForecastWeekView[], actions?: readonly Action[]): ChartSeries[] {
  const series = forecastSeries(actions).filter((s) => actions !== undefined || weeks.some((w) => w[s.action] > 0));
  return series.map((s) => ({ ...s, legend: s.noun.charAt(0).toUpperCase() + s.noun.slice(1), color: COLORS[s.action] }));
}
