import type { Cell } from '../../../workbook/sheetGrid';
import { CellSelector } from './cellSelector';

/** Cells stored so far, per selector (as the scanner keeps them). */
const storedRows = new WeakMap<CellSelector, Map<number, Cell[]>>();

/** Feeds cells in document order, as the scanner does, and returns which were kept. */
function kept(selector: CellSelector, cells: [number, number, Cell][]): string[] {
  const rows = storedRows.get(selector) ?? new Map<number, Cell[]>();
  storedRows.set(selector, rows);
  const out: string[] = [];
  for (const [row, column, value] of cells) {
    if (!selector.keeps(row, column, rows)) continue;
    out.push(`${row}:${column}`);
    const cellsOfRow = rows.get(row) ?? [];
    cellsOfRow[column - 1] = value;
    rows.set(row, cellsOfRow);
    selector.stored(row, value);
  }
  return out;
}

describe('CellSelector', () => {
  const pickB = { topRows: 2, columns: (header: readonly Cell[]) => header.flatMap((c, i) => (c === 'Key' ? [i] : [])) };

  it('keeps every cell down to the header row and through the top rows, then the picked columns only', () => {
    const selector = new CellSelector(pickB);
    const cells: [number, number, Cell][] = [
      [3, 1, '  '], // blank text: not the header row
      [4, 1, 'Name'],
      [4, 2, 'Key'],
      [5, 1, 'Ann'],
      [5, 2, 'k1'],
      [6, 1, 'Bob'],
      [6, 2, 'k2'],
      [6, 3, 'note'],
    ];
    // Row 3 is the sheet's first row with cells: rows 3 and 4 are the top; 4 is also the header.
    expect(kept(selector, cells)).toEqual(['3:1', '4:1', '4:2', '5:2', '6:2']);
    expect(selector.broken).toBe(false);
  });

  it('keeps whole rows until a header row is found, however far down', () => {
    const selector = new CellSelector({ topRows: 1, columns: () => [] });
    expect(
      kept(selector, [
        [1, 1, null],
        [7, 1, ''],
        [9, 2, 'Key'],
        [10, 2, 'x'],
      ]),
    ).toEqual(['1:1', '7:1', '9:2']);
  });

  it('says the rest of a row is left out right of the last picked column, below the top only', () => {
    const selector = new CellSelector(pickB);
    kept(selector, [
      [1, 2, 'Key'],
      [2, 2, 'k'],
    ]);
    expect(selector.restOfRowLeftOut(2)).toBe(false); // still in the top rows
    kept(selector, [[3, 1, 'a']]);
    expect(selector.restOfRowLeftOut(1)).toBe(false);
    expect(selector.restOfRowLeftOut(2)).toBe(true);
  });

  it('is broken when a row comes back up, and then keeps everything', () => {
    const selector = new CellSelector(pickB);
    expect(
      kept(selector, [
        [1, 2, 'Key'],
        [2, 2, 'k'],
        [3, 2, 'k'],
        [5, 1, 'x'],
        [4, 1, 'y'],
        [6, 1, 'z'],
      ]),
    ).toEqual(['1:2', '2:2', '3:2', '4:1', '6:1']);
    expect(selector.broken).toBe(true);
    expect(selector.restOfRowLeftOut(5)).toBe(false);
  });
});
