import type { NewWorkbookPlace } from '../../../hosts/office/createWorkbookExporter';
import { Refusal } from '../../../app/refusal';
import type { OpenedWorkbook, OpenedWorkbooks, RunsSession, WorkbookLayout } from '../../session/runsSession';

/**
 * Where a file went when it could not be an ordinary download (Excel for Mac: a new sheet):
 * `words` say where, `howTo` (shown once after all files) how to save it from there.
 */
export interface Delivered {
  words: string;
  howTo?: string;
}

/**
 * Saves one exported text file (the shell implements it); `type` is its media type, CSV when
 * left out. An ordinary download returns nothing; another way of delivering it resolves to
 * where the file went, and rejects when the file cannot be delivered here at all.
 */
export interface DownloadFile {
  (fileName: string, content: string, type?: string): void | Promise<Delivered | void>;
  /** The CSV way's words in the Export menu where it is no download (`CSV to new sheets`); `Download CSV` when not given. */
  csvLabel?: string;
}

/** The CSV way's words where CSV files are downloads. */
export const DOWNLOAD_CSV_LABEL = 'Download CSV';

/** The advice that ends the session's refusal when Excel did not open a workbook; the fallback replaces it. */
const CSV_ADVICE = / Download them as CSV instead\.$/;

/** What the page says before the CSV way's words when it ran because Excel did not open a workbook. */
export const FALLBACK_WORDS = 'The CSV export ran instead:';

/** A way to export a post: its batches as new workbooks in one of the layouts or as CSV downloads, or its bank file. */
export type ExportWay = WorkbookLayout | 'csv' | 'bankFile';

/** One way to export, ready to run. */
export interface ExportChoice {
  way: ExportWay;
  /** Its words: the menu item's text, or the Export button's tooltip when it is Export itself. */
  label: string;
  /** Exports; resolves to the words the page shows after it, rejects with the session's refusal. */
  call: () => Promise<string>;
}

/** What Export offers for a run: Export itself, and the other ways in a menu beside it. */
export interface ExportChoices {
  /** Export: each batch as a new workbook where the session can open workbooks, else the CSV downloads. */
  main: ExportChoice;
  /** The other ways, in menu order: all batches in one workbook, then Download CSV; empty where Export is the CSV download. */
  more: ExportChoice[];
}

/**
 * The Export calls of a posted run (SPEC §7): in Excel with ExcelApi 1.8 Export opens each batch
 * as a new workbook, and the menu beside it offers all batches in one workbook and the CSV
 * download; elsewhere Export downloads the CSV files and there is no menu. When Excel does not
 * open a workbook (the session refuses EXPORT_FAILED), the batches go the CSV way instead
 * (downloads, or new sheets in Excel for Mac) and the page says what failed and where they went. The CSV call
 * resolves to `nothingWords` when the post has no batch to download.
 *
 * @example
 * const { main, more } = exportChoices(session, 'SPRING', onDownload, 'Run SPRING has no batches to export.');
 * setNotice(await main.call()); // 'Opened 2 new workbooks: SPRING-invoices-2026-03-01.xlsx, SPRING-notices-2026-03-01.xlsx.'
 */
export function exportChoices(session: RunsSession, runId: string, onDownload: DownloadFile, nothingWords: string): ExportChoices {
  const downloadCsv: ExportChoice = {
    way: 'csv',
    label: onDownload.csvLabel ?? DOWNLOAD_CSV_LABEL,
    call: async () => {
      const files = await session.exportCsv(runId);
      const delivered: Delivered[] = [];
      for (const file of files) {
        const where = await onDownload(file.fileName, file.content);
        if (where) delivered.push(where);
      }
      if (files.length === 0) return nothingWords;
      return delivered.length === 0 ? `Exported ${files.map((f) => f.fileName).join(', ')}.` : deliveredWords(delivered);
    },
  };
  const exportWorkbook = session.exportWorkbook?.bind(session);
  if (!exportWorkbook) return { main: downloadCsv, more: [] };
  const open = (way: WorkbookLayout, label: string): ExportChoice => ({
    way,
    label,
    call: async () => {
      let opened: OpenedWorkbooks;
      try {
        opened = await exportWorkbook(runId, way);
      } catch (failure) {
        // Excel.createWorkbook can fail outright ("internal error" on the web, office-js #3646):
        // the batches then go the CSV way, and the page says both.
        if (!(failure instanceof Refusal) || failure.code !== 'EXPORT_FAILED') throw failure;
        return `${failure.message.replace(CSV_ADVICE, '')} ${FALLBACK_WORDS} ${await downloadCsv.call()}`;
      }
      const { workbooks, opensIn } = opened;
      return opensIn === undefined ? openedWords(workbooks) : `${openedWords(workbooks)} ${placeWords(opensIn, workbooks.length)}`;
    },
  });
  return {
    main: open('eachBatch', 'Each batch as a new workbook'),
    more: [open('oneWorkbook', 'All batches in one workbook'), downloadCsv],
  };
}

/**
 * What the page says after files went somewhere other than a download: where each went, then
 * each distinct way to save them once.
 *
 * @example
 * deliveredWords([{ words: 'Wrote A.csv to the new sheet “A”.', howTo: 'To save…' }, { words: 'Wrote B.csv to the new sheet “B”.', howTo: 'To save…' }])
 * // → 'Wrote A.csv to the new sheet “A”. Wrote B.csv to the new sheet “B”. To save…'
 */
export function deliveredWords(delivered: readonly Delivered[]): string {
  const howTos = [...new Set(delivered.flatMap((d) => (d.howTo === undefined ? [] : [d.howTo])))];
  return [...delivered.map((d) => d.words), ...howTos].join(' ');
}

/**
 * What the page says after new workbooks opened.
 *
 * @example
 * openedWords([{ fileName: 'A.xlsx', sheets: 1 }, { fileName: 'B.xlsx', sheets: 1 }]) // → 'Opened 2 new workbooks: A.xlsx, B.xlsx.'
 * openedWords([{ fileName: 'S-batches-2026-03-01.xlsx', sheets: 2 }]) // → 'Opened S-batches-2026-03-01.xlsx in a new workbook (2 sheets).'
 */
export function openedWords(workbooks: readonly OpenedWorkbook[]): string {
  if (workbooks.length === 1) {
    const [{ fileName, sheets }] = workbooks;
    return `Opened ${fileName} in a new workbook (${sheets} ${sheets === 1 ? 'sheet' : 'sheets'}).`;
  }
  return `Opened ${workbooks.length} new workbooks: ${workbooks.map((w) => w.fileName).join(', ')}.`;
}

/**
 * Where new workbooks show up, so the user finds them: Excel for Mac leaves them behind the
 * current window (office-js #6943), Excel on the web opens browser tabs, which a pop-up
 * blocker may stop.
 *
 * @example
 * placeWords('macWindow', 1) // → 'Excel for Mac opens it in a new window that may be behind this one: find it in the Window menu.'
 * placeWords('browserTab', 2) // → 'They open in new browser tabs; if none appeared, allow pop-ups for this site and export again.'
 */
export function placeWords(place: NewWorkbookPlace, count: number): string {
  const [it, its] = count === 1 ? ['it', 'it'] : ['them', 'each'];
  if (place === 'macWindow') return `Excel for Mac opens ${its} in a new window that may be behind this one: find ${it} in the Window menu.`;
  if (place === 'browserTab') {
    return count === 1
      ? 'It opens in a new browser tab; if none appeared, allow pop-ups for this site and export again.'
      : 'They open in new browser tabs; if none appeared, allow pop-ups for this site and export again.';
  }
  return count === 1 ? 'It opens in a new Excel window.' : 'Each opens in a new Excel window.';
}

/**
 * What a page says while a way of exporting runs; `runId` names the run where the page lists
 * several (History), and is left out on the run's own page.
 *
 * @example
 * exportProgressWords('eachBatch') // → 'Opening the batches as new workbooks…'
 * exportProgressWords('csv', 'SPRING') // → 'Exporting SPRING…'
 * exportProgressWords('bankFile') // → 'Writing the bank file…'
 */
export function exportProgressWords(way: ExportWay, runId?: string): string {
  const of = runId === undefined ? '' : ` of ${runId}`;
  if (way === 'eachBatch') return `Opening the batches${of} as new workbooks…`;
  if (way === 'oneWorkbook') return `Opening the batches${of} in one new workbook…`;
  if (way === 'bankFile') return `Writing the bank file${of}…`;
  return runId === undefined ? 'Exporting…' : `Exporting ${runId}…`;
}
