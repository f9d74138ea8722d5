import { isoDate } from '../../engine/dates/isoDate';
import { batchCsv } from './batchCsv';
import { parseCsv } from './parseCsv';

describe('parseCsv', () => {
  it('drops the byte order mark and the last line end', () => {
    expect(parseCsv('\uFEFFA,B\r\n1,2\r\n')).toEqual([
      ['A', 'B'],
      ['1', '2'],
    ]);
  });

  it('unquotes quoted fields: commas, doubled quotes and line ends inside quotes', () => {
    expect(parseCsv('"Lee, Ann","say ""hi""","two\r\nlines"\r\n')).toEqual([['Lee, Ann', 'say "hi"', 'two\r\nlines']]);
  });

  it('keeps empty fields and a last line without a line end', () => {
    expect(parseCsv('a,,c\nx,y,')).toEqual([
      ['a', '', 'c'],
      ['x', 'y', ''],
    ]);
  });

  it('returns no rows for empty text', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\uFEFF')).toEqual([]);
  });

  it('reads back what batchCsv wrote, neutralised fields keeping their quote', () => {
    const csv = batchCsv({
      kind: 'invoices',
      headers: ['Member ID', 'Name', 'Due', 'Amount', 'Currency'],
      rows: [['M1', '=HYPERLINK("http://x")', { date: isoDate('2026-11-21') }, 120, 'USD']],
      dateColumns: [2],
      amountColumn: 3,
    });
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(['Member ID', 'Name', 'Due', 'Amount', 'Currency']);
    expect(rows[1]).toEqual(['M1', `'=HYPERLINK("http://x")`, '2026-11-21', '120', 'USD']);
    expect(rows).toHaveLength(3); // the control totals line
  });
});
