import { findSheet } from './findSheet';
import type { SheetGrid } from '../sheetGrid';

const grid = (name: string): SheetGrid => ({ name, cells: [], firstRow: 1, firstColumn: 1 });

describe('findSheet', () => {
  it.each(['Members', 'members', ' MEMBERS ', 'mem-bers'])('finds %p by the name Members', (name) => {
    expect(findSheet({ sheets: [grid('Other'), grid(name)], date1904: false }, 'Members')?.name).toBe(name);
  });

  it('matches the name asked for like a header', () => {
    expect(findSheet({ sheets: [grid('Run Log')], date1904: false }, 'run_log')?.name).toBe('Run Log');
  });

  it('returns the first match in workbook order when several sheets match', () => {
    const first = grid('Members');
    expect(findSheet({ sheets: [first, grid('MEMBERS')], date1904: false }, 'Members')).toBe(first);
  });

  it('returns null when no sheet matches', () => {
    expect(findSheet({ sheets: [grid('Member')], date1904: false }, 'Members')).toBeNull();
  });
});
