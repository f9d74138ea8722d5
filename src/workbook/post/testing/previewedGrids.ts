import { isoDate } from '../../../engine/dates/isoDate';
import type { RunDefinition } from '../../../engine/model/run';
import type { SheetWrite } from '../../outputGrid';
import { buildPreview } from '../../preview/buildPreview';
import { readWorkbookRecords, type WorkbookReadResult } from '../../read/readWorkbookRecords';
import { sampleWorkbook } from '../../sample/sampleWorkbook';
import { findSheet } from '../../schema/findSheet';
import type { SheetGrid, WorkbookGrids } from '../../sheetGrid';
import { applyWrites, toCell } from './applyWrites';

export { applyWrites };

export const SAMPLE_AS_OF = isoDate('2026-11-21');

function gridOf(sheet: SheetWrite): SheetGrid {
  return { name: sheet.name, firstRow: 1, firstColumn: 1, cells: sheet.rows.map((row) => row.map(toCell)) };
}

/**
 * The sample organisation in grids, with NIGHTLY previewed as of 2026-11-21: ready to post.
 * `actions` replaces the run's Actions cell first (e.g. every action, for a post of each kind).
 */
export function previewedGrids(options: { actions?: string } = {}): { grids: WorkbookGrids; read: WorkbookReadResult; run: RunDefinition } {
  const grids: WorkbookGrids = {
    date1904: false,
    sheets: sampleWorkbook({ asOf: SAMPLE_AS_OF, memberships: 30, seed: 5, withInputErrors: false }).map(gridOf),
  };
  if (options.actions !== undefined) setRunCell(grids, 'Actions', options.actions);
  const run = readWorkbookRecords(grids).runs.find((r) => r.id === 'NIGHTLY');
  if (!run) throw new Error('no NIGHTLY');
  const preview = buildPreview({ grids, read: readWorkbookRecords(grids), run, asOf: SAMPLE_AS_OF });
  grids.sheets.push(gridOf(preview.sheet));
  applyWrites(grids, preview.runStatus);
  return { grids, read: readWorkbookRecords(grids), run };
}

function setRunCell(grids: WorkbookGrids, header: string, value: string): void {
  const runs = findSheet(grids, 'Runs');
  if (!runs) throw new Error('no Runs sheet');
  const column = runs.cells[0].indexOf(header);
  const row = runs.cells.findIndex((r) => r[0] === 'NIGHTLY');
  if (column < 0 || row < 0) throw new Error(`no ${header} cell of NIGHTLY`);
  runs.cells[row][column] = value;
}
