import { findSheet } from '../schema/findSheet';
import type { WorkbookGrids } from '../sheetGrid';

const SECRET_WORDS = /password|passwd|secret|token|api ?key/i;

/**
 * A Settings row that holds a password (SPEC §9: "The password comes only from the environment
 * variable RENEWAL_RUNS_SMTP_PASSWORD; a password found in the workbook is a refusal telling the
 * user to remove it"): a row whose setting name says password, secret, token or API key and
 * whose value is not blank. Returns its row and name, never the value.
 *
 * @example
 * findPasswordSetting(grids) // → { row: 14, name: 'SMTP Password' }
 */
export function findPasswordSetting(book: WorkbookGrids): { row: number; name: string } | null {
  const grid = findSheet(book, 'Settings');
  if (grid === null) return null;
  for (let r = 0; r < grid.cells.length; r++) {
    const cells = grid.cells[r];
    const nameAt = cells.findIndex((c) => typeof c === 'string' && c.trim() !== '');
    if (nameAt < 0) continue;
    const name = (cells[nameAt] as string).trim();
    if (!SECRET_WORDS.test(name)) continue;
    const value = cells.slice(nameAt + 1).some((c) => c !== null && !(typeof c === 'string' && c.trim() === ''));
    if (value) return { row: grid.firstRow + r, name };
  }
  return null;
}
