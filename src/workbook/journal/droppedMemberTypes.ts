import type { Member } from '../../engine/model/records';
import { findHeaderRow } from '../schema/findHeaderRow';
import { findSheet } from '../schema/findSheet';
import { headerKey } from '../schema/headerKey';
import type { WorkbookGrids } from '../sheetGrid';
import { readAllJournalLines } from './readJournal';

/**
 * The Member Type each membership's latest drop replaced (SPEC §11 "restored to the value the
 * drop replaced (read from the Journal)"), by Membership ID: the last Journal line that wrote
 * the Non-Member Type into that Members row's Member Type cell over something else gives its
 * previous value. Journal lines name cells by row, so a Members sheet whose rows were sorted
 * or inserted since the drop may point elsewhere; the engine restores the value only while the
 * cell still holds the Non-Member Type. A blank previous value is not restored.
 *
 * @example
 * droppedMemberTypes(grids, members, 'Non-Member') // → Map { 'MS-1' => 'Regular' }
 */
export function droppedMemberTypes(book: WorkbookGrids, members: readonly Member[], nonMemberType: string): Map<string, string> {
  const result = new Map<string, string>();
  const grid = findSheet(book, 'Members');
  const headerIndex = grid === null ? null : findHeaderRow(grid.cells);
  if (grid === null || headerIndex === null) return result;
  const index = grid.cells[headerIndex].findIndex((c) => typeof c === 'string' && headerKey(c) === headerKey('Member Type'));
  if (index < 0) return result;
  const column = grid.firstColumn + index;
  const replacedByRow = new Map<number, string>();
  for (const line of readAllJournalLines(book)) {
    if (line.sheet !== 'Members' || line.column !== column || line.value !== nonMemberType) continue;
    if (typeof line.previous === 'string' && line.previous.trim() !== '' && line.previous !== nonMemberType) replacedByRow.set(line.row, line.previous);
  }
  for (const m of members) {
    const replaced = replacedByRow.get(m.row);
    if (replaced !== undefined) result.set(m.membershipId, replaced);
  }
  return result;
}
