/** The chart's y scale: linear, with its top capped so one spike does not flatten every other week. */
export interface ChartScale {
  /** The value at the top of the plot (a multiple of `step`). */
  top: number;
  /** The gridlines' values, from 0 up to `top`. */
  ticks: number[];
  /** True when some week's total is above `top` (its bar is drawn clipped, its value written on it). */
  clipped: boolean;
}

/** A 1, 2 or 5 × 10ⁿ step (at least 1: counts are whole) that splits `max` into at most `parts`. */
function niceStep(max: number, parts: number): number {
  const raw = Math.max(1, max / parts);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= raw) ?? 10 * power;
  return Math.max(1, step);
}

/** The nearest-rank percentile `p` (0..1) of ascending `sorted` values. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/**
 * The scale of the week totals. The top is the largest total rounded up to a gridline — unless
 * that is more than 1.5 × the 90th percentile of the other non-zero weeks (the largest left
 * out, so one spike never sets its own cap): then the top is that 1.5 × percentile rounded up,
 * and the bars above it are clipped. Up to four gridlines above zero.
 *
 * @example
 * chartScale([3, 4, 5, 4]) // → { top: 6, ticks: [0, 2, 4, 6], clipped: false }
 * chartScale([3, 4, 5, 4, 120]).clipped // → true: the top is 8, not 120
 */
export function chartScale(totals: readonly number[], parts = 4): ChartScale {
  const nonZero = totals.filter((t) => t > 0).sort((a, b) => a - b);
  const max = nonZero.length === 0 ? 0 : nonZero[nonZero.length - 1];
  const rest = nonZero.slice(0, -1);
  const cap = rest.length === 0 ? max : Math.min(max, 1.5 * percentile(rest, 0.9));
  const step = niceStep(cap, parts);
  const top = Math.max(step, Math.ceil(cap / step) * step);
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  return { top, ticks, clipped: max > top };
}
