import type { SheetWrite } from '../outputGrid';
import { BATCH_KIND_LABELS } from '../batches/batchSheetName';
import { batchSheetWrite } from '../batches/batchSheetWrite';
import type { BatchTable } from '../batches/batchTable';

/**
 * A new, empty workbook that can take a sheet and become file bytes — `XlsxWorkbookHost.empty()`.
 * Passed in because the workbook layer never imports a host (the hosts import it).
 */
export interface WorkbookFileWriter {
  replaceSheetSync(sheet: SheetWrite): void;
  toBytes(): Uint8Array;
}

/**
 * A batch as an .xlsx file: one sheet named after the kind (`Invoices`, …) laid out like the
 * batch sheet in the workbook — header, rows with real Excel dates (date number format),
 * totals row. Text is written as text, so it needs no formula neutralising: Excel never
 * evaluates a text cell.
 *
 * @example
 * writeFileAtomically('NIGHTLY-invoices-2026-11-21.xlsx', batchXlsx(table, XlsxWorkbookHost.empty()));
 */
export function batchXlsx(table: BatchTable, workbook: WorkbookFileWriter): Uint8Array {
  workbook.replaceSheetSync(batchSheetWrite(BATCH_KIND_LABELS[table.kind], table));
  return workbook.toBytes();
}
