import { Refusal } from '../../app/refusal';
import { blobDownloadsWork, type OfficePlatform } from '../../hosts/office/officePlatform';
import type { TextSheetWriter } from '../../hosts/office/textSheetWriter';
import { parseCsv } from '../../workbook/export/parseCsv';
import type { DownloadFile } from '../pages/shared/exportBatches';
import { downloadText } from './downloadText';
import { cannotSaveWords, CSV_TO_SHEETS_LABEL, saveSheetAsCsvWords, sheetWords } from './fileDeliveryWords';

/** How the pane hands the user the files it makes, chosen once for the platform. */
export interface FileDelivery {
  /** Text files: CSV batches, bank files (the pages' `onDownload`). */
  text: DownloadFile;
  /**
   * Why bytes (`what`: the .zip of emails, the letters PDF) cannot be saved here; null where they download.
   * Pages refuse with it before making the file, as making one records its messages Written.
   */
  bytesRefusal: (what: string) => string | null;
}

/** Every file a blob download (browsers, Excel on the web, Excel on Windows). */
export const DOWNLOAD_DELIVERY: FileDelivery = {
  text: (fileName, content, type) => downloadText(fileName, content, type),
  bytesRefusal: () => null,
};

/** Whether a media type is CSV (a CSV batch leaves it out). */
function isCsv(type: string | undefined): boolean {
  return type === undefined || type.startsWith('text/csv');
}

/**
 * Delivery where blob downloads do not reach the disk (Office's WKWebView on Mac and iPad:
 * office-js #2700, closed by design; #3385). A CSV file becomes a new text sheet of this
 * workbook named after the file — its fields as written, so neutralised fields keep their
 * quote — and the page says which sheet and how to save it as CSV. Other files (bank files,
 * emails, letters) are refused in words that name where they can be downloaded.
 *
 * Not chosen: `Office.context.ui.openBrowserWindow`, Microsoft's workaround in office-js
 * #3662, needs a page of the add-in's own that makes the file in the full browser — it cannot
 * carry a batch's contents there — and `displayDialogAsync` with a blob or data URL fails on
 * Mac like the download itself (office-js #503).
 *
 * @example
 * const delivery = sheetDelivery(writer, 'Excel for Mac');
 * await delivery.text('N-invoices-2026-11-21.csv', csv) // → { words: 'Wrote N-invoices-2026-11-21.csv to the new sheet “N-invoices-2026-11-21”.', howTo: 'Excel for Mac does not let add-ins …' }
 */
export function sheetDelivery(writer: TextSheetWriter, excelName: string): FileDelivery {
  const text: DownloadFile = async (fileName, content, type) => {
    if (!isCsv(type)) throw new Refusal('EXPORT_FAILED', cannotSaveWords(excelName, fileName));
    const sheetName = await writer.addTextSheet(fileName.replace(/\.csv$/i, ''), parseCsv(content));
    return { words: sheetWords(fileName, sheetName), howTo: saveSheetAsCsvWords(excelName) };
  };
  text.csvLabel = CSV_TO_SHEETS_LABEL;
  return { text, bytesRefusal: (what) => cannotSaveWords(excelName, what) };
}

/**
 * The delivery for the platform: blob downloads where they work, new sheets through `writer`
 * where they do not (Mac, iPad).
 *
 * @example
 * const delivery = fileDeliveryFor(officePlatform(Office), () => createOfficeTextSheetWriter());
 */
export function fileDeliveryFor(platform: OfficePlatform, writer: () => TextSheetWriter): FileDelivery {
  if (blobDownloadsWork(platform)) return DOWNLOAD_DELIVERY;
  return sheetDelivery(writer(), platform === 'ipad' ? 'Excel on iPad' : 'Excel for Mac');
}
