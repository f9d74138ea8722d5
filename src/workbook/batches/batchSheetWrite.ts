import type { OutputCell, SheetWrite } from '../outputGrid';
import { batchColumns, type BatchColumnType } from './batchColumns';
import type { BatchTable } from './batchTable';
import { totalsRows } from './batchTotals';

/** Column widths in characters by what a column holds; Name and Email get more room. */
const WIDTH_BY_TYPE: { readonly [T in BatchColumnType]: number } = { text: 16, number: 9, amount: 11, date: 12 };
const WIDTH_BY_HEADER: Readonly<Record<string, number>> = { Name: 24, Email: 30, 'Termination Date': 16 };

/**
 * Lays a batch out as one sheet: the header row, one row per batch row (dates as `{ date }`
 * cells, which hosts write as real Excel dates), then the totals rows (one per currency). The
 * filterable table covers the header and the data rows only, so sorting or filtering it never
 * moves the totals.
 *
 * @example
 * host.replaceSheetSync(batchSheetWrite('NIGHTLY Invoices', batchTable('invoices', batches)));
 */
export function batchSheetWrite(name: string, table: BatchTable): SheetWrite {
  // Rows are copied (the sheet never shares arrays with the table), in one pass.
  const rows: OutputCell[][] = [[...table.headers]];
  for (const row of table.rows) rows.push(row.slice());
  for (const totals of totalsRows(table)) rows.push(totals);
  return {
    name,
    rows,
    tableRows: table.rows.length + 1,
    tableColumns: table.headers.length,
    tableName: excelTableName(name),
    columnWidths: table.headers.map((header) => {
      const column = batchColumns(table.kind).find((c) => c.header === header);
      return WIDTH_BY_HEADER[header] ?? (column ? WIDTH_BY_TYPE[column.type] : WIDTH_BY_TYPE.text);
    }),
  };
}

/**
 * An Excel table name for a sheet: letters, digits and underscores, starting with a letter.
 *
 * @example
 * excelTableName('NIGHTLY Invoices') // → 'Batch_NIGHTLY_Invoices'
 */
export function excelTableName(sheetName: string): string {
  return `Batch_${sheetName.replace(/[^A-Za-z0-9_]/g, '_')}`;
}
