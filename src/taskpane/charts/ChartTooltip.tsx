import { CHART_BOX, type WeekColumn } from './chartLayout';
import type { ForecastChartStyles } from './useForecastChartStyles';

export interface ChartTooltipProps {
  id: string;
  column: WeekColumn;
  words: string;
  styles: ForecastChartStyles;
}

/**
 * The shown week's words in a box just under the chart (over the legend, so the bars stay in
 * view), beside its bar: anchored left in
 * the first third, centred in the middle, anchored right in the last, so it never leaves the
 * chart (and the pane never scrolls sideways).
 */
export function ChartTooltip({ id, column, words, styles }: ChartTooltipProps) {
  const at = (column.slotX + column.slotWidth / 2) / CHART_BOX.width;
  const pct = `${(at * 100).toFixed(2)}%`;
  const place = at < 1 / 3 ? { left: pct } : at > 2 / 3 ? { right: `${((1 - at) * 100).toFixed(2)}%` } : { left: pct, transform: 'translateX(-50%)' };
  return (
    <div id={id} role="tooltip" className={styles.tooltip} style={place}>
      {words}
    </div>
  );
}
