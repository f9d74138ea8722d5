import type { SheetWrite } from '../outputGrid';
import { BATCH_KIND_LABELS } from '../batches/batchSheetName';
import { batchSheetWrite } from '../batches/batchSheetWrite';
import type { BatchTable } from '../batches/batchTable';

/**
 * A new, empty workbook that can take a sheet and become file bytes — `PackageWorkbookHost.empty()`.
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
 * writeFileAtomically('NIGHTLY-invoices-2026-11-21.xlsx', batchXlsx(table, PackageWorkbookHost.empty()));
 */
export function batchXlsx(table: BatchTable, workbook: WorkbookFileWriter): Uint8Array {
  return batchesXlsx([table], workbook);
}

/**
 * A post's batches as one .xlsx file: one sheet per batch, in the order given, each laid out
 * as {@link batchXlsx} lays out its one sheet (named after the kind, totals row, real dates,
 * text as text). Throws when given no batch: a workbook needs a sheet.
 *
 * @example
 * await exporter.openAsNewWorkbook(batchesXlsx([invoices, notices], PackageWorkbookHost.empty()));
 */
export function batchesXlsx(tables: readonly BatchTable[], workbook: WorkbookFileWriter): Uint8Array {
  if (tables.length === 0) throw new Error('batchesXlsx: no batch to write (a workbook needs at least one sheet)');
  for (const table of tables) workbook.replaceSheetSync(batchSheetWrite(BATCH_KIND_LABELS[table.kind], table));
  return workbook.toBytes();
}
