import { PLOT, type WeekColumn } from './chartLayout';
import type { ForecastChartStyles } from './useForecastChartStyles';

/** A light band behind the shown week's bar (drawn under the bars, so the bar stays in view). */
export function ChartWeekHighlight({ column, styles }: { column: WeekColumn; styles: ForecastChartStyles }) {
  return <rect className={styles.hover} x={column.slotX} y={PLOT.y} width={column.slotWidth} height={PLOT.height} aria-hidden="true" />;
}
