import { CHART_BOX, PLOT, type WeekColumn } from './chartLayout';
import type { ForecastChartStyles } from './useForecastChartStyles';

export interface ChartBarsProps {
  columns: readonly WeekColumn[];
  styles: ForecastChartStyles;
}

/**
 * One stacked bar per week. A bar above the scale's top stops at the top with a break across
 * it, and its total is written above it, so a spike is shown without flattening the rest.
 */
export function ChartBars({ columns, styles }: ChartBarsProps) {
  return (
    <g aria-hidden="true">
      {columns.map((col, i) => (
        <g key={i} data-testid="week-bar" data-total={col.total} data-clipped={col.clipped || undefined}>
          {col.segments.map((seg) => (
            <rect key={seg.action} x={col.barX} y={seg.y} width={col.barWidth} height={seg.height} style={{ fill: seg.color }} data-action={seg.action} />
          ))}
          {col.clipped && (
            <>
              <line className={styles.clipBreak} x1={col.barX - 1} x2={col.barX + col.barWidth + 1} y1={PLOT.y + 7} y2={PLOT.y + 4} />
              <text
                className={styles.clipText}
                x={Math.min(Math.max(col.barX + col.barWidth / 2, 12), CHART_BOX.width - 12)}
                y={PLOT.y - 4}
                textAnchor="middle"
                data-testid="clipped-value"
              >
                {col.total.toLocaleString('en-US')}
              </text>
            </>
          )}
        </g>
      ))}
    </g>
  );
}
