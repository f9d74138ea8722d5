import type { RunSummary, RunsSession } from '../../session/runsSession';
import { type Loaded, useSessionLoad } from '../shared/useSessionLoad';

export interface RunsPageProps {
  session: RunsSession;
  /** Called with the run's ID when the user opens a run. */
  onOpenRun: (runId: string) => void;
}

export interface RunsPageState {
  runs: Loaded<RunSummary[]>;
  onOpenRun: (runId: string) => void;
}

/** Loads the workbook's runs (due first, as the session sorts them). */
export function useRunsPage({ session, onOpenRun }: RunsPageProps): RunsPageState {
  const { loaded } = useSessionLoad(() => session.listRuns());
  return { runs: loaded, onOpenRun };
}
