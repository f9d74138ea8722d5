import { monthTicks } from './chartDates';
import { CHART_BOX, PLOT, xOfWeek, yOf } from './chartLayout';
import type { ChartScale } from './chartScale';
import type { ForecastChartStyles } from './useForecastChartStyles';

export interface ChartAxesProps {
  firstWeekStart: string;
  weeks: number;
  scale: ChartScale;
  styles: ForecastChartStyles;
}

/** Gridlines with the y scale's labels, the baseline, and a tick and short name at the 1st of each month. */
export function ChartAxes({ firstWeekStart, weeks, scale, styles }: ChartAxesProps) {
  const bottom = PLOT.y + PLOT.height;
  return (
    <g aria-hidden="true">
      {scale.ticks.map((tick) => (
        <g key={tick} data-testid="y-tick">
          {tick > 0 && <line className={styles.grid} x1={PLOT.x} x2={PLOT.x + PLOT.width} y1={yOf(tick, scale)} y2={yOf(tick, scale)} />}
          <text className={styles.axisText} x={PLOT.x - 4} y={yOf(tick, scale)} textAnchor="end" dominantBaseline="middle">
            {tick.toLocaleString('en-US')}
          </text>
        </g>
      ))}
      <line className={styles.baseline} x1={PLOT.x} x2={PLOT.x + PLOT.width} y1={bottom} y2={bottom} />
      {monthTicks(firstWeekStart, weeks).map((tick) => {
        const x = xOfWeek(tick.at, weeks);
        return (
          <g key={`${tick.label}${tick.at}`} data-testid="month-tick">
            <line className={styles.baseline} x1={x} x2={x} y1={bottom} y2={bottom + 4} />
            <text className={styles.axisText} x={Math.min(x + 1, CHART_BOX.width - 18)} y={bottom + 13}>
              {tick.label}
            </text>
            {tick.year !== null && (
              <text className={styles.axisText} x={Math.min(x + 1, CHART_BOX.width - 24)} y={bottom + 25} data-year="">
                {tick.year}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
