import { PLOT, type WeekColumn } from './chartLayout';
import type { ForecastChartStyles } from './useForecastChartStyles';
import type { WeekFocus } from './useWeekFocus';

export interface ChartWeekTargetsProps {
  columns: readonly WeekColumn[];
  /** Each week's words: its accessible name. */
  names: readonly string[];
  focus: WeekFocus;
  /** The week whose tooltip shows, ringed when it has focus. */
  focusedRing: boolean;
  styles: ForecastChartStyles;
}

/**
 * A full-height, transparent target per week: hover shows its tooltip; each is focusable (one
 * Tab stop for the chart, arrow keys between weeks) and named in words for screen readers.
 */
export function ChartWeekTargets({ columns, names, focus, focusedRing, styles }: ChartWeekTargetsProps) {
  const shown = focus.shown === null ? null : columns[focus.shown];
  return (
    <>
      {shown && <rect className={styles.hover} x={shown.slotX} y={PLOT.y} width={shown.slotWidth} height={PLOT.height} aria-hidden="true" />}
      {columns.map((col, i) => (
        <rect
          key={i}
          ref={focus.weekRef(i)}
          className={styles.hit}
          x={col.slotX}
          y={PLOT.y - 12}
          width={col.slotWidth}
          height={PLOT.height + 12}
          role="img"
          aria-label={names[i]}
          tabIndex={i === focus.active ? 0 : -1}
          onFocus={() => focus.onWeekFocus(i)}
          onBlur={focus.onWeekBlur}
          onPointerEnter={() => focus.onWeekHover(i)}
          onPointerLeave={() => focus.onWeekHover(null)}
        />
      ))}
      {shown && focusedRing && (
        <rect className={styles.focusRing} x={shown.slotX - 1} y={PLOT.y - 1} width={shown.slotWidth + 2} height={PLOT.height + 2} aria-hidden="true" />
      )}
    </>
  );
}
