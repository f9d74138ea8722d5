import type { CellWrite } from '../../workbook/edit/cellWrite';
import type { SheetWrite } from '../../workbook/outputGrid';

/**
 * A whole sheet as cell writes from A1 over its full width — blank cells included, as cleared
 * cells — so the sheet is one rectangle, written in as few blocks as the limits allow.
 *
 * @example
 * sheetWrites({ name: 'Preview NIGHTLY', rows: [['Key', null]], … })
 * // → [{ sheet: 'Preview NIGHTLY', row: 1, column: 1, value: 'Key' }, { …, column: 2, value: null }]
 */
export function sheetWrites(sheet: SheetWrite): CellWrite[] {
  let width = 0;
  for (const row of sheet.rows) if (row.length > width) width = row.length;
  const writes: CellWrite[] = [];
  sheet.rows.forEach((row, r) => {
    for (let c = 0; c < width; c++) writes.push({ sheet: sheet.name, row: r + 1, column: c + 1, value: row[c] ?? null });
  });
  return writes;
}
