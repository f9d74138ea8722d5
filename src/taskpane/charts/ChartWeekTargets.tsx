import { PLOT, type WeekColumn } from './chartLayout';
import type { ForecastChartStyles } from './useForecastChartStyles';
import type { WeekFocus } from './useWeekFocus';

export interface ChartWeekTargetsProps {
  columns: readonly WeekColumn[];
  /** Each week's words: its accessible name. */
  names: readonly string[];
  focus: WeekFocus;
  styles: ForecastChartStyles;
}

/**
 * A full-height, transparent target per week: hover shows its tooltip; each is focusable (one
 * Tab stop for the chart, arrow keys between weeks) and named in words for screen readers; the
 * focused week gets a focus ring.
 */
export function ChartWeekTargets({ columns, names, focus, styles }: ChartWeekTargetsProps) {
  const ringed = focus.focused ? columns[focus.active] : null;
  return (
    <>
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
      {ringed && (
        <rect className={styles.focusRing} x={ringed.slotX - 1} y={PLOT.y - 1} width={ringed.slotWidth + 2} height={PLOT.height + 2} aria-hidden="true" />
      )}
    </>
  );
}
