import { useState } from 'react';
import type { HistoryEntry, RunsSession } from '../../session/runsSession';
import type { ExportMenuChoice } from '../../components/ExportButton/ExportButton';
import { type DownloadFile, exportChoices, exportProgressWords } from '../shared/exportBatches';
import { type Loaded, useSessionLoad } from '../shared/useSessionLoad';
import { type TaskState, useTaskState } from '../shared/useTaskState';

export interface HistoryPageProps {
  session: RunsSession;
  /** Saves an exported batch (the shell implements the download). */
  onDownload: DownloadFile;
}

export interface HistoryPageState extends Pick<TaskState, 'busy' | 'error' | 'notice'> {
  entries: Loaded<HistoryEntry[]>;
  revertCandidate: HistoryEntry | null;
  onRevert: (entry: HistoryEntry) => void;
  onConfirmRevert: () => void;
  onCancelRevert: () => void;
  /** Export: each batch as a new workbook where the session can open workbooks, else as CSV downloads. */
  onExport: (entry: HistoryEntry) => void;
  /** What a row's Export does, in words (its tooltip). */
  exportTitle: (entry: HistoryEntry) => string;
  /** The other ways to export a row, in the menu beside its Export (all batches in one workbook, Download CSV); empty where Export is the CSV download. */
  exportMenu: (entry: HistoryEntry) => ExportMenuChoice[];
}

/** The Run Log, and Revert (after confirmation) and Export per posted row. */
export function useHistoryPage({ session, onDownload }: HistoryPageProps): HistoryPageState {
  const { loaded: entries, set } = useSessionLoad(() => session.history());
  const { busy, error, notice, run } = useTaskState();
  const [revertCandidate, setRevertCandidate] = useState<HistoryEntry | null>(null);

  const choices = (entry: HistoryEntry) => exportChoices(session, entry.runId, onDownload, `Run ${entry.runId} has no batches to export.`);

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
      const { main } = choices(entry);
      void run(exportProgressWords(main.way, entry.runId), main.call);
    },
    exportTitle: (entry) => choices(entry).main.label,
    exportMenu: (entry) =>
      choices(entry).more.map((choice) => ({ label: choice.label, onSelect: () => void run(exportProgressWords(choice.way, entry.runId), choice.call) })),
  };
}
