import { useState } from 'react';
import type { RunSummary, RunsSession } from '../../session/runsSession';
import { type Loaded, useSessionLoad } from '../shared/useSessionLoad';

export interface RunsPageProps {
  session: RunsSession;
  /** Called with the run's ID when the user opens a run. */
  onOpenRun: (runId: string) => void;
}

export interface RunsPageState {
  session: RunsSession;
  runs: Loaded<RunSummary[]>;
  onOpenRun: (runId: string) => void;
  /** Whether the run editor is open for a new run (in place of the list). */
  creating: boolean;
  /** Offered when the session can save runs. */
  canCreate: boolean;
  onNewRun: () => void;
  onEditorClosed: () => void;
  onRunSaved: (runId: string) => void;
}

/** Loads the workbook's runs (due first, as the session sorts them); opens the editor for a new run. */
export function useRunsPage({ session, onOpenRun }: RunsPageProps): RunsPageState {
  const { loaded, reload } = useSessionLoad(() => session.listRuns());
  const [creating, setCreating] = useState(false);
  return {
    session,
    runs: loaded,
    onOpenRun,
    creating,
    canCreate: session.saveRun !== undefined,
    onNewRun: () => setCreating(true),
    onEditorClosed: () => setCreating(false),
    onRunSaved: () => {
      setCreating(false);
      reload();
    },
  };
}
