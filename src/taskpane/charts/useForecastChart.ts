import { useId } from 'react';
import type { Action } from '../../engine/actions/actionRegistry';
import type { ForecastWeekView } from '../session/runsSession';
import { formatChartDate } from './chartDates';
import { layoutWeeks, type WeekColumn } from './chartLayout';
import { chartScale, type ChartScale } from './chartScale';
import { chartSeries, type ChartSeries } from './chartSeries';
import { spanWords, totalsWords, weekWords } from './chartWords';
import { useWeekFocus, type WeekFocus } from './useWeekFocus';

export interface ForecastChartProps {
  weeks: readonly ForecastWeekView[];
  /** The run's actions: only their series are drawn (without them, the series with any count). */
  actions?: readonly Action[];
}

/** Everything the chart draws, worked out from the weeks and the run's actions. */
export interface ForecastChartState {
  weeks: readonly ForecastWeekView[];
  series: readonly ChartSeries[];
  scale: ChartScale;
  columns: readonly WeekColumn[];
  /** `Next 12 months: 182 renewals · 231 notices · 35 drops`. */
  totals: string;
  /** The chart's accessible name: what it shows and how to move through it. */
  label: string;
  /** Each week's words (its accessible name and tooltip). */
  weekNames: readonly string[];
  focus: WeekFocus;
  tooltipId: string;
}

/** Works out the chart: its series, the spike-proof scale, the bars, the words, and the focused week. */
export function useForecastChart({ weeks, actions }: ForecastChartProps): ForecastChartState {
  const series = chartSeries(weeks, actions);
  const scale = chartScale(weeks.map((w) => series.reduce((sum, s) => sum + w[s.action], 0)));
  const focus = useWeekFocus(weeks.length);
  const from = weeks.length > 0 ? ` from ${formatChartDate(weeks[0].weekStart)}` : '';
  return {
    weeks,
    series,
    scale,
    columns: layoutWeeks(weeks, series, scale),
    totals: totalsWords(weeks, series),
    label: `${spanWords(weeks.length)}${from}, week by week. Arrow keys move between weeks.`,
    weekNames: weeks.map((w) => weekWords(w, series)),
    focus,
    tooltipId: useId(),
  };
}
