import { Body1 } from '@fluentui/react-components';
import { ChartAxes } from './ChartAxes';
import { ChartBars } from './ChartBars';
import { ChartLegend } from './ChartLegend';
import { ChartTooltip } from './ChartTooltip';
import { ChartWeekHighlight } from './ChartWeekHighlight';
import { ChartWeekTargets } from './ChartWeekTargets';
import { CHART_BOX } from './chartLayout';
import { useForecastChart, type ForecastChartProps, type ForecastChartState } from './useForecastChart';
import { useForecastChartStyles, type ForecastChartStyles } from './useForecastChartStyles';

export type { ForecastChartProps } from './useForecastChart';

/** Renders the totals, the chart (axes, bars, focusable weeks, tooltip), the legend and a note. */
export function renderForecastChart(state: ForecastChartState, styles: ForecastChartStyles) {
  const { weeks, series, scale, columns, totals, label, weekNames, focus, tooltipId } = state;
  const shown = focus.shown;
  return (
    <figure className={styles.root}>
      <Body1 className={styles.totals}>{totals}</Body1>
      {weeks.length > 0 && (
        <div className={styles.plot}>
          <svg
            className={styles.svg}
            viewBox={`0 0 ${CHART_BOX.width} ${CHART_BOX.height}`}
            role="group"
            aria-label={label}
            onKeyDown={focus.onKeyDown}
            onPointerLeave={() => focus.onWeekHover(null)}
          >
            <ChartAxes firstWeekStart={weeks[0].weekStart} weeks={weeks.length} scale={scale} styles={styles} />
            {shown !== null && <ChartWeekHighlight column={columns[shown]} styles={styles} />}
            <ChartBars columns={columns} styles={styles} />
            <ChartWeekTargets columns={columns} names={weekNames} focus={focus} styles={styles} />
          </svg>
          {shown !== null && <ChartTooltip id={tooltipId} column={columns[shown]} words={weekNames[shown]} styles={styles} />}
        </div>
      )}
      {series.length > 0 && <ChartLegend series={series} styles={styles} />}
      <figcaption className={styles.note}>
        A projection if nobody pays early.{scale.clipped ? ' Bars with a number above them go past the scale.' : ''} Hover a week, or Tab to the chart and use
        the arrow keys, for its numbers.
      </figcaption>
    </figure>
  );
}

/**
 * A week-by-week chart of what a run will renew, notify, lapse, drop and bill for activations
 * (the registry's forecast actions the run has) over the next twelve months (SPEC §7 Statistics
 * tab): totals above it, month ticks, gridlines with the scale, stacked bars that survive a
 * spike, and a tooltip per week on hover and on keyboard focus. Plain SVG with Fluent design
 * tokens for colours. Loaded on demand, so it is not part of the task pane's first bundle.
 */
export default function ForecastChart(props: ForecastChartProps) {
  const state = useForecastChart(props);
  return renderForecastChart(state, useForecastChartStyles());
}
