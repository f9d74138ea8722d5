import { makeStyles, tokens } from '@fluentui/react-components';
import type { Action, ForecastAction } from '../../engine/actions/actionRegistry';
import { forecastSeries, type ForecastSeries } from '../../engine/forecast/forecastSeries';
import type { ForecastWeekView } from '../session/runsSession';

export interface ForecastChartProps {
  weeks: readonly ForecastWeekView[];
  /** The run's actions: only theirs are drawn (default: every action with a forecast). */
  actions?: readonly Action[];
  /** Chart height in pixels (default 160). */
  height?: number;
}

/** Each forecast action's colour; keyed by the registry's forecast actions, so a new one needs a colour. */
const COLORS: Record<ForecastAction, string> = {
  renew: tokens.colorPaletteBlueBorderActive,
  lapse: tokens.colorPalettePurpleBorderActive,
  notify: tokens.colorPaletteMarigoldBorderActive,
  drop: tokens.colorPaletteRedBorderActive,
  activate: tokens.colorPaletteGreenBorderActive,
};

export interface ForecastChartState {
  weeks: readonly ForecastWeekView[];
  series: readonly (ForecastSeries & { color: string })[];
  height: number;
  max: number;
  barWidth: number;
  width: number;
  summary: string;
}

/** Scales the bars: one group of bars per week (one per series), the tallest bar filling the height. */
export function useForecastChart({ weeks, actions, height = 160 }: ForecastChartProps): ForecastChartState {
  const series = forecastSeries(actions).map((s) => ({ ...s, color: COLORS[s.action] }));
  const max = Math.max(1, ...weeks.flatMap((w) => series.map((s) => w[s.action])));
  const barWidth = 3;
  const width = weeks.length * (barWidth * series.length + 2);
  const total = (key: ForecastAction) => weeks.reduce((s, w) => s + w[key], 0);
  const summary =
    weeks.length === 0
      ? 'No weeks to project.'
      : `Next ${weeks.length} weeks from ${weeks[0].weekStart}: ${series.map((s) => `${total(s.action)} ${s.noun}`).join(', ')} if nobody pays early.`;
  return { weeks, series, height, max, barWidth, width, summary };
}

const useForecastChartStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  svg: { width: '100%', height: 'auto', backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium },
  legend: { display: 'flex', columnGap: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  swatch: { display: 'inline-block', width: '10px', height: '10px', marginRight: tokens.spacingHorizontalXS },
});

/** Renders the projection as grouped bars, a legend, and words for screen readers. */
export function renderForecastChart(state: ForecastChartState, styles: ReturnType<typeof useForecastChartStyles>) {
  const { weeks, series: SERIES, height, max, barWidth, width, summary } = state;
  return (
    <figure className={styles.root} style={{ margin: 0 }}>
      <svg className={styles.svg} viewBox={`0 0 ${Math.max(width, 1)} ${height}`} role="img" aria-label={summary} preserveAspectRatio="none">
        {weeks.map((week, i) =>
          SERIES.map((series, s) => {
            const value = week[series.action];
            const h = (value / max) * (height - 4);
            return (
              <rect
                key={`${i}-${series.action}`}
                x={i * (barWidth * SERIES.length + 2) + s * barWidth}
                y={height - h}
                width={barWidth}
                height={h}
                fill={series.color}
              >
                <title>{`Week of ${week.weekStart}: ${value} ${series.label.toLowerCase()}`}</title>
              </rect>
            );
          }),
        )}
      </svg>
      <figcaption className={styles.legend}>
        {SERIES.map((series) => (
          <span key={series.action}>
            <span className={styles.swatch} style={{ backgroundColor: series.color }} aria-hidden="true" />
            {series.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

/**
 * A week-by-week chart of what a run will renew, notify, lapse, drop and bill for activations (the registry's forecast actions the run has) over the next twelve months
 * (SPEC §7 Statistics tab), drawn as plain SVG with Fluent design tokens for colours. Loaded on
 * demand, so it is not part of the task pane's first bundle.
 */
export default function ForecastChart(props: ForecastChartProps) {
  const state = useForecastChart(props);
  return renderForecastChart(state, useForecastChartStyles());
}
