import type { ChartSeries } from './chartSeries';
import type { ForecastChartStyles } from './useForecastChartStyles';

/** The legend: a swatch and a word for each series the chart draws, and nothing else. */
export function ChartLegend({ series, styles }: { series: readonly ChartSeries[]; styles: ForecastChartStyles }) {
  return (
    <ul className={styles.legend} aria-label="Legend">
      {series.map((s) => (
        <li key={s.action}>
          <span className={styles.swatch} style={{ backgroundColor: s.color }} aria-hidden="true" />
          {s.legend}
        </li>
      ))}
    </ul>
  );
}
