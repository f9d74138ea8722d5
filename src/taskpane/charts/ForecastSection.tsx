import { Body1, Spinner, Subtitle2 } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState } from 'react';
import type * as ChartModule from './ForecastChart';
import type { Action } from '../../engine/actions/actionRegistry';
import type { ForecastWeekView } from '../session/runsSession';

/** The chart is its own chunk: loaded when the Statistics tab is first shown, not at start-up. */
// `as string` keeps tsc's Node16 rules from asking for a .js extension; webpack sees the plain path.
const ForecastChart = lazy(() => import(/* webpackChunkName: "forecast-chart" */ './ForecastChart' as string) as Promise<typeof ChartModule>);

export interface ForecastSectionProps {
  /** Loads the projection (the session's `forecast` for this run). */
  load: () => Promise<ForecastWeekView[]>;
  /** The run's actions: the chart draws only theirs. */
  actions?: readonly Action[];
}

/**
 * The Statistics tab's "next twelve months, week by week" chart, with progress while the
 * projection and the chart load, and the failure in words.
 */
export function ForecastSection({ load, actions }: ForecastSectionProps) {
  const [weeks, setWeeks] = useState<ForecastWeekView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (w) => live && setWeeks(w),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return (
    <section aria-label="Forecast">
      <Subtitle2 as="h2">Forecast, week by week</Subtitle2>
      {error !== null ? (
        <Body1 role="alert">The projection could not be made: {error}</Body1>
      ) : weeks === null ? (
        <Spinner size="tiny" label="Projecting the next twelve months…" />
      ) : (
        <Suspense fallback={<Spinner size="tiny" label="Loading the chart…" />}>
          <ForecastChart weeks={weeks} actions={actions} />
        </Suspense>
      )}
    </section>
  );
}
