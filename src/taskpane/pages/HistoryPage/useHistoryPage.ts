import { useState } from 'react';
import { refusalWords } from '../../components/feedback/refusalWords';
import type { HistoryEntry, RunsSession } from '../../session/runsSession';
import { type DownloadFile, exportChoices } from '../shared/exportBatches';
import { type Loaded, useSessionLoad } from '../shared/useSessionLoad';

export interface HistoryPageProps {
  session: RunsSession;
  /** Saves an exported batch (the shell implements the download). */
  onDownload: DownloadFile;
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
  /** Export: the batches as a new workbook where the session can open one, else as CSV downloads. */
  onExport: (entry: HistoryEntry) => void;
  /** Download CSV, the second choice beside an Export that opens a workbook; null elsewhere. */
  onDownloadCsv: ((entry: HistoryEntry) => void) | null;
}

/** The Run Log, and Revert (after confirmation) and Export per posted row. */
export function useHistoryPage({ session, onDownload }: HistoryPageProps): HistoryPageState {
  const { loaded: entries, set } = useSessionLoad(() => session.history());
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [revertCandidate, setRevertCandidate] = useState<HistoryEntry | null>(null);

  const choices = (entry: HistoryEntry) => exportChoices(session, entry.runId, onDownload, `Run ${entry.runId} has no batches to export.`);

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
    onExport: (entry) => {
      const { exportBatches, opensWorkbook } = choices(entry);
      void run(opensWorkbook ? `Opening ${entry.runId} in a new workbook…` : `Exporting ${entry.runId}…`, exportBatches);
    },
    onDownloadCsv: session.exportWorkbook
      ? (entry) => {
          const { downloadCsv } = choices(entry);
          if (downloadCsv) void run(`Exporting ${entry.runId}…`, downloadCsv);
        }
      : null,
  };
}
