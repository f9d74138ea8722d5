import { columnTexts } from '../schema/columnTexts';
import { invoicesSheet } from '../schema/invoicesSheet';
import type { WorkbookGrids } from '../sheetGrid';

/**
 * Every Invoice ID written in the Invoices sheet, rows with input errors included, so a new
 * invoice never reuses a number that is already on a row (SPEC §5 "one more than the highest
 * number already used").
 *
 * @example
 * usedInvoiceIds(grids) // → ['INV-000001', 'INV-000002', 'INV-00000X']
 */
export function usedInvoiceIds(book: WorkbookGrids): string[] {
  return columnTexts(book, invoicesSheet, 'invoiceId');
}
