import { collectionsSheet } from '../bankfiles/ledger/collectionsSheet';
import { columnTexts } from '../schema/columnTexts';
import type { WorkbookGrids } from '../sheetGrid';

/**
 * Every Reference on the Collections ledger (SPEC §10), so a NACHA post never hands out a trace
 * number already sent to the bank — even when the invoice that carried it has since been
 * collected another way and its Last Attempt Reference cleared. Empty when the workbook has no
 * Collections sheet.
 *
 * @example
 * usedCollectionReferences(grids) // → ['011000010000001', 'INV-000042-1']
 */
export function usedCollectionReferences(book: WorkbookGrids): string[] {
  return columnTexts(book, collectionsSheet, 'reference');
}
