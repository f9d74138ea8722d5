/// <reference types="office-js" />
import type { Cell, SheetGrid, WorkbookGrids } from '../../workbook/sheetGrid';
import { dateSystemOf, probeDateSystem } from './dateSystemProbe';
import { EXCEL_ERROR_TEXTS, ExcelBatchRun, OfficeLimits } from './excelRun';
import { halveRowGroup } from './halveRowGroup';
import { isPayloadError } from './payloadError';

/** A first guess of the JSON bytes one cell costs in a response; chunks shrink if it is wrong. */
const BYTES_PER_CELL_GUESS = 48;
/** Even an all-numbers sheet costs this much per cell in JSON (a digit or two and a comma). */
const MIN_BYTES_PER_CELL = 4;

/** Takes a read's rows as they arrive: `sheet` is the sheet's index in the grids readSheets returns. */
export type RowsReceiver = (sheet: number, rows: Cell[][]) => Promise<void> | void;

interface UsedRange {
  name: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/**
 * Reads every sheet's used range (SPEC §7): one request for the sheet names and the date
 * system, one for every sheet's used-range bounds, then the values in row chunks sized so no
 * response exceeds the payload limit, several chunks per sync. The number of syncs is 2 plus
 * the number of chunk groups — it grows with the data's bytes, never with a per-row round trip.
 * Blank cells (`''`) become `null`; error values, which Office.js returns as text, become
 * `{ error }`; dates arrive as serial numbers. With `onRows`, each sync's rows go there as they
 * arrive (in order, by the sheet's index in the returned grids) and the grids come back with no
 * cells: the pane passes a big workbook on to its session worker without holding all of it.
 *
 * @example
 * const grids = await readSheets(Excel.run, EXCEL_WEB_LIMITS);
 */
export async function readSheets(run: ExcelBatchRun, limits: OfficeLimits, onRows?: RowsReceiver): Promise<WorkbookGrids> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    const epoch = probeDateSystem(context);
    await context.sync();
    const date1904 = dateSystemOf(epoch.value, epoch.error);
    const ranges = sheets.items.map((sheet) => {
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      return { name: sheet.name, used };
    });
    await context.sync();
    const used: UsedRange[] = ranges
      .filter((r) => !r.used.isNullObject)
      .map((r) => ({ name: r.name, rowIndex: r.used.rowIndex, columnIndex: r.used.columnIndex, rowCount: r.used.rowCount, columnCount: r.used.columnCount }));
    const cells = new Map<string, Cell[][]>(used.map((u) => [u.name, []]));
    const indexOf = new Map(sheets.items.map((sheet, i) => [sheet.name, i]));
    const chunks = used.flatMap((u) => chunkRows(u, limits));
    const load = async (group: RowChunk[]): Promise<{ bytes: number; cells: number }> => {
      const loads = group.map((chunk) => {
        const range = context.workbook.worksheets
          .getItem(chunk.sheet.name)
          .getRangeByIndexes(chunk.sheet.rowIndex + chunk.firstRow, chunk.sheet.columnIndex, chunk.rowCount, chunk.sheet.columnCount);
        range.load('values');
        return { chunk, range };
      });
      try {
        await context.sync();
      } catch (e) {
        // Longer texts than guessed: read the same rows in halves (the failed sync changed nothing).
        const halves = isPayloadError(e) ? halveRowGroup(group) : null;
        if (!halves) throw e;
        const seen = { bytes: 0, cells: 0 };
        for (const half of halves) {
          const part = await load(half);
          seen.bytes += part.bytes;
          seen.cells += part.cells;
        }
        return seen;
      }
      const seen = { bytes: 0, cells: 0 };
      for (const { chunk, range } of loads) {
        // The response's own arrays, converted in place: a read is not copied once more on the pane.
        const rows = range.values as Cell[][];
        for (const row of rows) for (let c = 0; c < row.length; c++) row[c] = fromOfficeValue(row[c]);
        if (onRows) await onRows(indexOf.get(chunk.sheet.name) as number, rows);
        else for (const row of rows) (cells.get(chunk.sheet.name) as Cell[][]).push(row);
        seen.bytes += JSON.stringify(range.values).length;
        seen.cells += chunk.cells;
      }
      return seen;
    };
    // Pack chunks into syncs by the bytes per cell seen so far (the first sync by the guess),
    // so wide text columns get smaller syncs and numeric sheets fewer round trips.
    let bytesPerCell = BYTES_PER_CELL_GUESS;
    let next = 0;
    while (next < chunks.length) {
      const budget = Math.floor(limits.payloadBytes / bytesPerCell);
      const group: RowChunk[] = [];
      let cellsInGroup = 0;
      while (next < chunks.length && (group.length === 0 || cellsInGroup + chunks[next].cells <= budget)) {
        cellsInGroup += chunks[next].cells;
        group.push(chunks[next++]);
      }
      const seen = await load(group);
      if (seen.cells > 0) bytesPerCell = Math.max(bytesPerCell / 2, MIN_BYTES_PER_CELL, (seen.bytes / seen.cells) * 1.25);
    }
    const grids: SheetGrid[] = sheets.items.map((sheet) => {
      const u = used.find((x) => x.name === sheet.name);
      return { name: sheet.name, cells: cells.get(sheet.name) ?? [], firstRow: u ? u.rowIndex + 1 : 1, firstColumn: u ? u.columnIndex + 1 : 1 };
    });
    return { sheets: grids, date1904 };
  });
}

interface RowChunk {
  sheet: UsedRange;
  firstRow: number;
  rowCount: number;
  cells: number;
}

function chunkRows(sheet: UsedRange, limits: OfficeLimits): RowChunk[] {
  const cellBudget = Math.min(limits.cellsPerOperation, Math.floor(limits.payloadBytes / BYTES_PER_CELL_GUESS));
  const rowsPerChunk = Math.max(1, Math.floor(cellBudget / sheet.columnCount));
  const chunks: RowChunk[] = [];
  for (let first = 0; first < sheet.rowCount; first += rowsPerChunk) {
    const rowCount = Math.min(rowsPerChunk, sheet.rowCount - first);
    chunks.push({ sheet, firstRow: first, rowCount, cells: rowCount * sheet.columnCount });
  }
  return chunks;
}

function fromOfficeValue(value: unknown): Cell {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = String(value);
  return EXCEL_ERROR_TEXTS.has(text) ? { error: text } : text;
}
