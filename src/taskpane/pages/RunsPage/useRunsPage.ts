import { useState } from 'react';
import type { RunSummary, RunsSession } from '../../session/runsSession';
import type { PostConfirmation } from '../shared/PostConfirmDialog';
import { type Loaded, useSessionLoad } from '../shared/useSessionLoad';
import { type TaskState, useTaskState } from '../shared/useTaskState';

export interface RunsPageProps {
  session: RunsSession;
  /** Called with the run's ID when the user opens a run. */
  onOpenRun: (runId: string) => void;
}

export interface RunsPageState extends Pick<TaskState, 'busy' | 'error' | 'notice'> {
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
  /** Approve of a run that waits for approval (SPEC §12): opens the confirmation with Post's counts and totals. */
  onApprove: (run: RunSummary) => void;
  /** The open Approve confirmation. */
  confirmation: PostConfirmation | null;
  onConfirmApprove: () => void;
  onCancelApprove: () => void;
}

/** Loads the workbook's runs (due first, as the session sorts them); opens the editor for a new run; approves a waiting run. */
export function useRunsPage({ session, onOpenRun }: RunsPageProps): RunsPageState {
  const { loaded, reload, set } = useSessionLoad(() => session.listRuns());
  const [creating, setCreating] = useState(false);
  const { busy, error, notice, run } = useTaskState();
  const [approving, setApproving] = useState<{ runId: string; confirmation: PostConfirmation } | null>(null);
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
    busy,
    error,
    notice,
    onApprove: (summary) =>
      run(`Counting what ${summary.name} would post…`, async () => {
        const postSummary = await session.postSummary(summary.id);
        setApproving({ runId: summary.id, confirmation: { kind: 'approve', summary: postSummary, postsAt: summary.postsAt ?? '' } });
      }),
    confirmation: approving?.confirmation ?? null,
    onConfirmApprove: () => {
      const confirmed = approving;
      setApproving(null);
      if (confirmed?.confirmation.kind !== 'approve') return;
      const { postsAt } = confirmed.confirmation;
      void run('Approving…', async () => {
        await session.approve(confirmed.runId);
        set(await session.listRuns());
        return `${confirmed.runId} is approved: run-due will post it as of ${postsAt}.`;
      });
    },
    onCancelApprove: () => setApproving(null),
  };
}
