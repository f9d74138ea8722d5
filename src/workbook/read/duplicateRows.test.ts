import { describeOtherRows, FirstRowByKey, SharedKeyRows } from './duplicateRows';

describe('FirstRowByKey', () => {
  it('returns null for the first claim and the first row for later ones', () => {
    const seen = new FirstRowByKey();
    expect(seen.claim('A', 2)).toBeNull();
    expect(seen.claim('B', 3)).toBeNull();
    expect(seen.claim('A', 5)).toBe(2);
    expect(seen.claim('A', 9)).toBe(2);
  });
});

describe('SharedKeyRows', () => {
  it('lists only keys seen on more than one row, with all their rows', () => {
    const ids = new SharedKeyRows();
    [
      ['M1', 2],
      ['M2', 3],
      ['M1', 7],
      ['M3', 8],
      ['M1', 9],
      ['M3', 10],
    ].forEach(([k, r]) => ids.add(k as string, r as number));
    expect([...ids.duplicates()]).toEqual([
      ['M1', [2, 7, 9]],
      ['M3', [8, 10]],
    ]);
  });

  it('has no duplicates when every key is unique', () => {
    const ids = new SharedKeyRows();
    ids.add('M1', 2);
    ids.add('m1', 3);
    expect(ids.duplicates().size).toBe(0);
  });
});

describe('describeOtherRows', () => {
  it.each([
    [[2, 7], 2, 'row 7'],
    [[2, 7], 7, 'row 2'],
    [[2, 7, 9], 7, 'rows 2 and 9'],
    [[2, 7, 9, 12], 2, 'rows 7, 9 and 12'],
    [[2, 3, 4, 5, 6, 7, 8], 2, 'rows 3, 4, 5, 6, 7 and 8'],
    [[2, 3, 4, 5, 6, 7, 8, 9], 5, 'rows 2, 3, 4, 6, 7 and 2 more'],
  ])('names the rows of %p other than %p as %p', (rows, self, text) => {
    expect(describeOtherRows(rows, self)).toBe(text);
  });

  it('stays short for a key on thousands of rows', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => i + 2);
    expect(describeOtherRows(rows, 2)).toBe('rows 3, 4, 5, 6, 7 and 4994 more');
  });
});
