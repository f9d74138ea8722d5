import type { MappingRow } from '../../engine/model/records';
import { mappingSheet } from '../schema/mappingSheet';
import type { SheetGrid } from '../sheetGrid';
import type { ReadContext } from './readContext';
import { readSheetRows } from './readSheetRows';
import type { SheetReadResult } from './sheetReadResult';

/**
 * Reads the optional Mapping sheet (SPEC §3.3). Repeated or conflicting rows are not input
 * errors here: the rules report a renewal that matches more than one row as ambiguous.
 *
 * @example
 * readMapping(findSheet(book, 'Mapping'), context)
 * // → { records: [{ row: 2, fromProduct: 'Gold', fromSeason: '2025', toProduct: 'Gold Plus', toSeason: '2026' }], … }
 */
export function readMapping(grid: SheetGrid | null, context: ReadContext): SheetReadResult<MappingRow> {
  const records: MappingRow[] = [];
  const reading = readSheetRows(grid, mappingSheet, context, (r) => {
    if (!r.ok) return;
    const { fromProduct, fromSeason, toProduct, toSeason } = r.values;
    records.push({ row: r.row, fromProduct, fromSeason, toProduct, toSeason });
  });
  return { records, inputErrors: reading.inputErrors, missing: reading.missing };
}
