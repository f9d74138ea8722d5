import { isoDate } from '../../engine/dates/isoDate';
import type { Cell, WorkbookGrids } from '../sheetGrid';
import { keptExclusions, readPreviewSheet } from './readPreviewSheet';

function bookWith(cells: Cell[][]): WorkbookGrids {
  return { date1904: false, sheets: [{ name: 'preview nightly', firstRow: 1, firstColumn: 1, cells }] };
}

const sheet = (includes: Cell[]): Cell[][] => [
  ['Key', 'Action', 'Include', null, 'Run', 'NIGHTLY'],
  ['renew:M1', 'renew', includes[0], null, 'As Of', 46347],
  ['drop:M2', 'drop', includes[1], null, 'Fingerprint', 'abc'],
  ['notify:new:M1', 'notify', includes[2]],
];

describe('readPreviewSheet', () => {
  it('finds the sheet by name, the summary beside the table, and rows whose Include is No', () => {
    const reading = readPreviewSheet(bookWith(sheet(['No', 'Yes', null])), 'NIGHTLY');
    expect(reading).toEqual({
      ok: true,
      review: {
        sheetName: 'preview nightly',
        asOf: isoDate('2026-11-21'),
        fingerprint: 'abc',
        excludedKeys: new Set(['renew:M1']),
        reviewedKeys: new Set(['renew:M1', 'drop:M2', 'notify:new:M1']),
      },
    });
  });

  it.each([['no'], [' N '], [false], [0], ['FALSE']])('reads Include %p as excluded', (value) => {
    const reading = readPreviewSheet(bookWith(sheet([value, 'Yes', 'Yes'])), 'NIGHTLY');
    expect(reading.ok && [...reading.review.excludedKeys]).toEqual(['renew:M1']);
  });

  it('refuses when there is no preview sheet, or it lost a column or its fingerprint', () => {
    expect(readPreviewSheet({ date1904: false, sheets: [] }, 'NIGHTLY')).toEqual({
      ok: false,
      message: "there is no 'Preview NIGHTLY' sheet: preview the run first",
    });
    const noInclude = sheet(['No', 'Yes', 'Yes']).map((r) => r.filter((_, i) => i !== 2));
    expect(readPreviewSheet(bookWith(noInclude), 'NIGHTLY').ok).toBe(false);
    const noFingerprint = sheet(['No', 'Yes', 'Yes']);
    noFingerprint[2][5] = null;
    expect(readPreviewSheet(bookWith(noFingerprint), 'NIGHTLY').ok).toBe(false);
  });
});

describe('keptExclusions', () => {
  it('keeps exclusions for the same as-of date only', () => {
    const book = bookWith(sheet(['No', 'Yes', 'Yes']));
    expect(keptExclusions(book, 'NIGHTLY', isoDate('2026-11-21'))).toEqual(new Set(['renew:M1']));
    expect(keptExclusions(book, 'NIGHTLY', isoDate('2026-11-22'))).toEqual(new Set());
  });
});
