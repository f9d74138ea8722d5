import { halveRowGroup } from './halveRowGroup';

describe('halveRowGroup', () => {
  it('splits a group of several slices between them', () => {
    const a = { firstRow: 0, rowCount: 2, cells: 8 };
    const b = { firstRow: 2, rowCount: 2, cells: 8 };
    const c = { firstRow: 4, rowCount: 2, cells: 8 };
    expect(halveRowGroup([a, b, c])).toEqual([[a], [b, c]]);
  });

  it('splits one slice by rows, each half keeping its other fields', () => {
    expect(halveRowGroup([{ sheet: 'Members', firstRow: 10, rowCount: 5, cells: 20 }])).toEqual([
      [{ sheet: 'Members', firstRow: 10, rowCount: 2, cells: 8 }],
      [{ sheet: 'Members', firstRow: 12, rowCount: 3, cells: 12 }],
    ]);
  });

  it('gives null when the group is one row', () => {
    expect(halveRowGroup([{ firstRow: 3, rowCount: 1, cells: 9 }])).toBeNull();
  });
});
