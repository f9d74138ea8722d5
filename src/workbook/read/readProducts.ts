import { nameKey } from '../../engine/gather/nameKey';
import type { Product } from '../../engine/model/records';
import { productsSheet } from '../schema/productsSheet';
import type { SheetGrid } from '../sheetGrid';
import { FirstRowByKey } from './duplicateRows';
import type { ReadContext } from './readContext';
import { readSheetRows } from './readSheetRows';
import { sortByRow, type SheetReadResult } from './sheetReadResult';

/**
 * Reads the Products sheet (SPEC §2): Price ≥ 0, Term Months 1–120 (default 12), Currency a
 * three-letter code (default USD). Product names compare like every name ({@link nameKey}):
 * a later row repeating a product is an input error, the first row stays the price.
 *
 * @example
 * readProducts(findSheet(book, 'Products'), context)
 * // → { records: [{ row: 2, product: 'Annual', price: 120, termMonths: 12, currency: 'USD' }], … }
 */
export function readProducts(grid: SheetGrid | null, context: ReadContext): SheetReadResult<Product> {
  const records: Product[] = [];
  const names = new FirstRowByKey();
  const reading = readSheetRows(grid, productsSheet, context, (r, sheet) => {
    if (r.values.product === null) return;
    const earlier = names.claim(nameKey(r.values.product), r.row);
    if (earlier !== null) {
      sheet.addError(r.row, 'product', `${sheet.headers.product} '${r.values.product}' is already listed on row ${earlier}`);
      return;
    }
    if (!r.ok) return;
    const { product, price, termMonths, currency } = r.values;
    records.push({ row: r.row, product, price, termMonths, currency });
  });
  return { records, inputErrors: sortByRow(reading.inputErrors), missing: reading.missing };
}
