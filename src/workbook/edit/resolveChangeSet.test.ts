import { isoDate } from '../../engine/dates/isoDate';
import type { WorkbookGrids } from '../sheetGrid';
import { cellAddress, parseCellAddress } from './cellWrite';
import { resolveChangeSet } from './resolveChangeSet';

const book = (): WorkbookGrids => ({
  date1904: false,
  sheets: [
    {
      name: 'members',
      firstRow: 3,
      firstColumn: 2,
      cells: [
        ['member_id', 'STATUS', 'Notes'],
        ['M1', 'Active', 'keep'],
        ['M2', 'Active', null],
        [null, null, null],
      ],
    },
  ],
});

describe('resolveChangeSet', () => {
  it("writes at the sheet's own positions, by its own header spelling, with previous values", () => {
    const writes = resolveChangeSet({ updates: [{ sheet: 'Members', row: 5, values: { Status: 'Dropped' } }], appends: [] }, book());
    expect(writes).toEqual([{ sheet: 'members', row: 5, column: 3, value: 'Dropped', previous: 'Active' }]);
  });

  it('adds a missing column after the last one, the header cell being a journaled write too', () => {
    const writes = resolveChangeSet(
      { updates: [{ sheet: 'Members', row: 4, values: { 'Termination Date': { date: isoDate('2026-11-21') } } }], appends: [] },
      book(),
    );
    expect(writes).toEqual([
      { sheet: 'members', row: 3, column: 5, value: 'Termination Date', previous: null, header: true },
      { sheet: 'members', row: 4, column: 5, value: { date: isoDate('2026-11-21') }, previous: null },
    ]);
  });

  it('appends after the last non-empty row and writes nothing for blank values', () => {
    const writes = resolveChangeSet({ updates: [], appends: [{ sheet: 'Members', values: { 'Member ID': 'M3', Status: 'Active', Email: null } }] }, book());
    expect(writes.map((w) => [cellAddress(w.row, w.column), w.value])).toEqual([
      ['B6', 'M3'],
      ['C6', 'Active'],
    ]);
  });

  it('creates an absent sheet with the SPEC header row', () => {
    const writes = resolveChangeSet({ updates: [], appends: [{ sheet: 'Invoices', values: { 'Invoice ID': 'INV-000001' } }] }, book());
    const header = writes.filter((w) => w.row === 1).map((w) => w.value);
    expect(header.slice(0, 3)).toEqual(['Invoice ID', 'Membership ID', 'Member ID']);
    expect(writes.find((w) => w.row === 2)).toEqual({ sheet: 'Invoices', row: 2, column: 1, value: 'INV-000001', previous: null });
  });
});

describe('cellAddress', () => {
  it.each([
    [1, 1, 'A1'],
    [7, 26, 'Z7'],
    [2, 27, 'AA2'],
    [9, 703, 'AAA9'],
  ])('puts row %i column %i at %s', (row, column, address) => {
    expect(cellAddress(row, column)).toBe(address);
  });
});

describe('parseCellAddress', () => {
  it.each([
    ['A1', { row: 1, column: 1 }],
    ['AA2', { row: 2, column: 27 }],
    ['AAA9', { row: 9, column: 703 }],
    ['A0', null],
    ['a1', null],
    ['1A', null],
  ])('reads %s', (text, expected) => {
    expect(parseCellAddress(text)).toEqual(expected);
  });
});
