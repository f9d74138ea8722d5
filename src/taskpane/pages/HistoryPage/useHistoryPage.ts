import { useState } from 'react';
import { refusalWords } from '../../components/feedback/refusalWords';
import type { HistoryEntry, RunsSession } from '../../session/runsSession';
import { type Loaded, useSessionLoad } from '../shared/useSessionLoad';

export interface HistoryPageProps {
  session: RunsSession;
  /** Saves an exported batch (the shell implements the download). */
  onDownload: (fileName: string, content: string) => void;
}

export interface HistoryPageState {
  entries: Loaded<HistoryEntry[]>;
  busy: string | null;
  error: string | null;
  notice: string | null;
  revertCandidate: HistoryEntry | null;
  onRevert: (entry: HistoryEntry) => void;
  onConfirmRevert: () => void;
  onCancelRevert: () => void;
  onExport: (entry: HistoryEntry) => void;
}

/** The Run Log, and Revert (after confirmation) and Export per posted row. */
export function useHistoryPage({ session, onDownload }: HistoryPageProps): HistoryPageState {
  const { loaded: entries, set } = useSessionLoad(() => session.history());
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [revertCandidate, setRevertCandidate] = useState<HistoryEntry | null>(null);

  const run = async (label: string, call: () => Promise<string>) => {
    setBusy(label);
    setError(null);
    setNotice(null);
    try {
      setNotice(await call());
    } catch (failure) {
      setError(refusalWords(failure));
    } finally {
      setBusy(null);
    }
  };

  return {
    entries,
    busy,
    error,
    notice,
    revertCandidate,
    onRevert: setRevertCandidate,
    onConfirmRevert: () => {
      const entry = revertCandidate;
      setRevertCandidate(null);
      if (!entry) return;
      void run(`Reverting ${entry.runId} as of ${entry.asOf}…`, async () => {
        await session.revert(entry.runId, entry.asOf);
        set(await session.history());
        return `Run ${entry.runId} as of ${entry.asOf} is reverted.`;
      });
    },
    onCancelRevert: () => setRevertCandidate(null),
    onExport: (entry) =>
      void run(`Exporting ${entry.runId}…`, async () => {
        const files = await session.exportCsv(entry.runId);
        for (const file of files) onDownload(file.fileName, file.content);
        return files.length === 0 ? `Run ${entry.runId} has no batches to export.` : `Exported ${files.map((f) => f.fileName).join(', ')}.`;
      }),
  };
}
