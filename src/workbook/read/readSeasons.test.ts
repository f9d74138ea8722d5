import { isoDate } from '../../engine/dates/isoDate';
import type { Cell } from '../sheetGrid';
import { readSeasons } from './readSeasons';
import { sheet } from './testing/sheetGrids';

const HEADER = ['Season', 'Start Date', 'End Date'];
const read = (rows: Cell[][]) => readSeasons(sheet('Seasons', [HEADER, ...rows]), { date1904: false, dateOrder: 'YMD' });

describe('readSeasons', () => {
  it('reads seasons in sheet order', () => {
    expect(
      read([
        ['2026', '2026-01-01', '2026-12-31'],
        ['2025', '2025-01-01', '2025-12-31'],
      ]).records,
    ).toEqual([
      { row: 2, season: '2026', startDate: isoDate('2026-01-01'), endDate: isoDate('2026-12-31') },
      { row: 3, season: '2025', startDate: isoDate('2025-01-01'), endDate: isoDate('2025-12-31') },
    ]);
  });

  it('reports an End Date before the Start Date', () => {
    const result = read([['Bad', '2026-02-01', '2026-01-31']]);
    expect(result.records).toEqual([]);
    expect(result.inputErrors).toEqual([{ sheet: 'Seasons', row: 2, column: 'End Date', message: 'End Date 2026-01-31 is before Start Date 2026-02-01' }]);
  });

  it.each([
    ['inside', '2025-03-01', '2025-04-30'],
    ['covering', '2024-06-01', '2026-06-01'],
    ['overlapping the start', '2024-12-01', '2025-01-01'],
    ['overlapping the end', '2025-12-31', '2026-01-31'],
  ])('reports the later of two overlapping seasons when it is %s', (_, start, end) => {
    const result = read([
      ['2025', '2025-01-01', '2025-12-31'],
      ['Other', start, end],
    ]);
    expect(result.records.map((s) => s.season)).toEqual(['2025']);
    expect(result.inputErrors).toEqual([
      {
        sheet: 'Seasons',
        row: 3,
        column: 'Start Date',
        message: `Season 'Other' (${start} to ${end}) overlaps season '2025' on row 2`,
      },
    ]);
  });

  it('accepts seasons that touch without overlapping, in any order', () => {
    const result = read([
      ['B', '2025-07-01', '2025-12-31'],
      ['A', '2025-01-01', '2025-06-30'],
      ['C', '2026-01-01', '2026-01-01'],
    ]);
    expect(result.inputErrors).toEqual([]);
    expect(result.records.map((s) => s.season)).toEqual(['B', 'A', 'C']);
  });

  it('checks a later season against the kept ones only', () => {
    // Row 3 overlaps row 2 and is left out; row 4 overlaps only row 3, so it is kept.
    const result = read([
      ['A', '2025-01-01', '2025-06-30'],
      ['B', '2025-06-01', '2025-09-30'],
      ['C', '2025-07-01', '2025-12-31'],
    ]);
    expect(result.records.map((s) => s.season)).toEqual(['A', 'C']);
    expect(result.inputErrors.map((e) => e.row)).toEqual([3]);
  });

  it('reads an absent Seasons sheet as no seasons', () => {
    expect(readSeasons(null, { date1904: false, dateOrder: 'YMD' })).toEqual({ records: [], inputErrors: [], missing: [] });
  });
});
