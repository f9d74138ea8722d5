/** The words of delivering files where the pane cannot download them (Excel for Mac, iPad): all in one place. */

/** The CSV way's words in the Export menu where CSV files become new sheets. */
export const CSV_TO_SHEETS_LABEL = 'CSV to new sheets';

/**
 * Where one CSV file went.
 *
 * @example
 * sheetWords('N-invoices-2026-11-21.csv', 'N-invoices-2026-11-21') // → 'Wrote N-invoices-2026-11-21.csv to the new sheet “N-invoices-2026-11-21”.'
 */
export function sheetWords(fileName: string, sheetName: string): string {
  return `Wrote ${fileName} to the new sheet “${sheetName}”.`;
}

/**
 * Why the CSV is a sheet, and how to save a sheet as a .csv file from Excel (a copy in a new
 * book, so Save As does not turn this workbook into a CSV file).
 *
 * @example
 * saveSheetAsCsvWords('Excel for Mac') // → 'Excel for Mac does not let add-ins download files. To save a sheet as a .csv file: right-click its tab > Move or Copy… > (new book) > Create a copy > OK, then File > Save As… > CSV UTF-8 (Comma delimited).'
 */
export function saveSheetAsCsvWords(excelName: string): string {
  return `${excelName} does not let add-ins download files. To save a sheet as a .csv file: right-click its tab > Move or Copy… > (new book) > Create a copy > OK, then File > Save As… > CSV UTF-8 (Comma delimited).`;
}

/**
 * Why a file that is no CSV (a bank file, a .zip of emails, a letters PDF — `what` names it) cannot be saved here.
 *
 * @example
 * cannotSaveWords('Excel for Mac', 'DD-payments-2026-11-21.xml') // → 'Excel for Mac does not let add-ins save files, so DD-payments-2026-11-21.xml cannot be saved here: open this workbook in Excel on the web or Excel for Windows to download it.'
 */
export function cannotSaveWords(excelName: string, what: string): string {
  return `${excelName} does not let add-ins save files, so ${what} cannot be saved here: open this workbook in Excel on the web or Excel for Windows to download it.`;
}
