import type { RunsSession } from '../../session/runsSession';

/** Saves one exported CSV file (the shell implements the download). */
export type DownloadFile = (fileName: string, content: string) => void;

/** What Export offers for a run: its main call, and the CSV download beside it when that is not the main one. */
export interface ExportChoices {
  /** Export: the batches as a new workbook where the session can open one, else the CSV downloads. */
  exportBatches: () => Promise<string>;
  /** Download CSV, offered as a second choice only where Export opens a workbook; null elsewhere. */
  downloadCsv: (() => Promise<string>) | null;
  /** Whether Export opens a new workbook (for the progress words). */
  opensWorkbook: boolean;
}

/**
 * The Export calls of a posted run (SPEC §7): in Excel with ExcelApi 1.8 Export opens the
 * batches as a new workbook and the CSV download is the second choice; elsewhere Export
 * downloads the CSV files, as before. Each call resolves to the words the page shows after it
 * (`nothingWords` when the post has no batch to download) and rejects with the session's refusal.
 *
 * @example
 * const { exportBatches, downloadCsv } = exportChoices(session, 'SPRING', onDownload, 'Run SPRING has no batches to export.');
 * setNotice(await exportBatches()); // 'Opened SPRING-batches-2026-03-01.xlsx in a new workbook (2 sheets).'
 */
export function exportChoices(session: RunsSession, runId: string, onDownload: DownloadFile, nothingWords: string): ExportChoices {
  const downloadCsv = async (): Promise<string> => {
    const files = await session.exportCsv(runId);
    for (const file of files) onDownload(file.fileName, file.content);
    return files.length === 0 ? nothingWords : `Exported ${files.map((f) => f.fileName).join(', ')}.`;
  };
  const exportWorkbook = session.exportWorkbook?.bind(session);
  if (!exportWorkbook) return { exportBatches: downloadCsv, downloadCsv: null, opensWorkbook: false };
  const openWorkbook = async (): Promise<string> => {
    const { fileName, sheets } = await exportWorkbook(runId);
    return `Opened ${fileName} in a new workbook (${sheets} ${sheets === 1 ? 'sheet' : 'sheets'}).`;
  };
  return { exportBatches: openWorkbook, downloadCsv, opensWorkbook: true };
}
