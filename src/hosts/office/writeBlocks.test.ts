import { isoDate } from '../../engine/dates/isoDate';
import { EXCEL_WEB_LIMITS } from './excelRun';
import { groupBlocks, splitBlockInHalf, writeBlocks } from './writeBlocks';

const DAY = isoDate('2026-11-21');

describe('writeBlocks', () => {
  it('gives text "@", dates the date format and marks number and boolean cells when a row mixes them', () => {
    const [block] = writeBlocks(
      [
        { sheet: 'Invoices', row: 7, column: 2, value: 'INV-1' },
        { sheet: 'Invoices', row: 7, column: 3, value: { date: DAY } },
        { sheet: 'Invoices', row: 7, column: 4, value: 120 },
        { sheet: 'Invoices', row: 7, column: 5, value: true },
        { sheet: 'Invoices', row: 7, column: 6, value: null },
      ],
      false,
      EXCEL_WEB_LIMITS,
    );
    expect(block).toMatchObject({ row0: 6, column0: 1, values: [['INV-1', 46347, 120, true, '']] });
    expect(block.formats).toEqual([['@', 'yyyy-mm-dd', null, null, null]]);
    expect(block.numberCells).toEqual([[false, false, true, true, false]]);
  });

  it('marks no number cells on a fresh sheet, where none can be "@", and counts fewer bytes', () => {
    const writes = [{ sheet: 'Preview NIGHTLY', row: 2, column: 1, value: 120 }];
    const [fresh] = writeBlocks(writes, false, EXCEL_WEB_LIMITS, true);
    const [existing] = writeBlocks(writes, false, EXCEL_WEB_LIMITS);
    expect(fresh.numberCells).toBeNull();
    expect(existing.numberCells).toEqual([[true]]);
    expect(fresh.bytes).toBeLessThan(existing.bytes);
  });

  it('has no formats and no number marks when a block writes neither', () => {
    const [block] = writeBlocks([{ sheet: 'Log', row: 2, column: 1, value: null }], false, EXCEL_WEB_LIMITS);
    expect(block.formats).toBeNull();
    expect(block.numberCells).toBeNull();
  });

  it('splits a block by rows until each part is at most half the payload budget', () => {
    const writes = Array.from({ length: 3000 }, (_, i) => ({ sheet: 'Log', row: i + 2, column: 1, value: `member ${i}` }));
    const blocks = writeBlocks(writes, false, { payloadBytes: 40_000, cellsPerOperation: 1_000_000 });
    expect(blocks.length).toBeGreaterThan(2);
    for (const b of blocks) expect(b.bytes).toBeLessThanOrEqual(20_000);
    expect(blocks.reduce((rows, b) => rows + b.values.length, 0)).toBe(3000);
  });
});

describe('splitBlockInHalf', () => {
  it('keeps each half aligned with its rows, formats and number marks', () => {
    const [block] = writeBlocks(
      [1, 2, 3].map((n) => ({ sheet: 'Log', row: n + 1, column: 1, value: n % 2 ? n : `t${n}` })),
      false,
      EXCEL_WEB_LIMITS,
    );
    const [top, bottom] = splitBlockInHalf(block);
    expect([top.row0, top.values, top.formats, top.numberCells]).toEqual([1, [[1]], [[null]], [[true]]]);
    expect([bottom.row0, bottom.values, bottom.formats]).toEqual([2, [['t2'], [3]], [['@'], [null]]]);
  });
});

describe('groupBlocks', () => {
  it('starts a new group before a block would take the group over the payload budget', () => {
    const writes = Array.from({ length: 400 }, (_, i) => ({ sheet: 'Log', row: 2 + i * 2, column: 1, value: i }));
    const limits = { payloadBytes: 30_000, cellsPerOperation: 1_000_000 };
    const blocks = writeBlocks(writes, false, limits);
    const groups = groupBlocks(blocks, limits);
    expect(groups.length).toBeGreaterThan(1);
    for (const group of groups) expect(group.reduce((bytes, b) => bytes + b.bytes, 0)).toBeLessThanOrEqual(30_000);
    expect(groups.flat()).toHaveLength(400);
  });
});

describe('writeBlocks: a leading apostrophe', () => {
  it("is doubled, because Excel drops one as the quote prefix, when text starts with '", () => {
    const [block] = writeBlocks(
      [
        { sheet: 'Members', row: 2, column: 1, value: "'Ohana" },
        { sheet: 'Members', row: 2, column: 2, value: "O'Hara" },
      ],
      false,
      EXCEL_WEB_LIMITS,
    );
    expect(block.values).toEqual([["''Ohana", "O'Hara"]]);
  });
});
