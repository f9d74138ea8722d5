import type { ChartScale } from './chartScale';
import type { ChartSeries } from './chartSeries';
import type { ForecastWeekView } from '../session/runsSession';

/** The chart's drawing box (SVG user units; the SVG scales to the pane's width, 1:1 at about 320 px). */
export const CHART_BOX = { width: 320, height: 170, left: 30, right: 8, top: 16, bottom: 30 } as const;

/** The plot area inside the axes. */
export const PLOT = {
  x: CHART_BOX.left,
  y: CHART_BOX.top,
  width: CHART_BOX.width - CHART_BOX.left - CHART_BOX.right,
  height: CHART_BOX.height - CHART_BOX.top - CHART_BOX.bottom,
} as const;

/** One coloured part of a week's stacked bar. */
export interface BarSegment {
  action: ChartSeries['action'];
  color: string;
  y: number;
  height: number;
}

/** One week's column: its slot (for hover and focus), its bar, and whether the bar is clipped. */
export interface WeekColumn {
  /** Left edge and width of the week's whole slot. */
  slotX: number;
  slotWidth: number;
  /** Left edge and width of the bar inside the slot. */
  barX: number;
  barWidth: number;
  /** Top of the bar (the plot's top when clipped). */
  barTop: number;
  total: number;
  /** The total is above the scale's top: the bar stops at the top and its value is written above it. */
  clipped: boolean;
  /** Bottom to top, in the series' order; zero counts have none. */
  segments: BarSegment[];
}

/** The y coordinate of a value (values above the scale's top sit at the top). */
export function yOf(value: number, scale: ChartScale): number {
  return PLOT.y + PLOT.height - (Math.min(value, scale.top) / scale.top) * PLOT.height;
}

/** The x coordinate of a position in weeks from the first week's start. */
export function xOfWeek(at: number, weeks: number): number {
  return PLOT.x + (at * PLOT.width) / Math.max(1, weeks);
}

/**
 * Lays out one stacked bar per week across the plot (three quarters of each week's slot, so
 * 52 weeks give bars about 4 units wide), segments scaled by `scale` and cut at its top.
 */
export function layoutWeeks(weeks: readonly ForecastWeekView[], series: readonly ChartSeries[], scale: ChartScale): WeekColumn[] {
  const slotWidth = PLOT.width / Math.max(1, weeks.length);
  const barWidth = Math.min(24, slotWidth * 0.75);
  return weeks.map((week, i) => {
    const slotX = PLOT.x + i * slotWidth;
    const segments: BarSegment[] = [];
    let below = 0;
    for (const s of series) {
      const value = week[s.action];
      if (value > 0) {
        const y = yOf(below + value, scale);
        const height = yOf(below, scale) - y;
        if (height > 0) segments.push({ action: s.action, color: s.color, y, height });
      }
      below += value;
    }
    return {
      slotX,
      slotWidth,
      barX: slotX + (slotWidth - barWidth) / 2,
      barWidth,
      barTop: yOf(below, scale),
      total: below,
      clipped: below > scale.top,
      segments,
    };
  });
}
