import { isoDate } from '../../../engine/dates/isoDate';
import { nachaFileText } from './nachaFile';
import { column, makeDebit, makeNachaFile, recordsOf } from './testing/nachaBuilders';
import { fieldsOf } from './testing/nachaLayout';

const FILLER = '9'.repeat(94);
const typesOf = (records: string[]) => records.map((record) => (record === FILLER ? 'filler' : record[0]));

describe('nachaFileText', () => {
  it('writes every record as 94 characters followed by CR LF when given debits on two dates', () => {
    const text = nachaFileText(makeNachaFile([makeDebit(), makeDebit({ effectiveDate: isoDate('2026-03-06') })]));
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    expect(lines).toHaveLength(10);
    for (const line of lines) expect(line).toMatch(/^[\x20-\x7e]{94}$/);
  });

  it('writes header, batch, entries, control, file control and fillers in order when all debits share one date', () => {
    const records = recordsOf(nachaFileText(makeNachaFile([makeDebit(), makeDebit()])));
    expect(typesOf(records)).toEqual(['1', '5', '6', '6', '8', '9', 'filler', 'filler', 'filler', 'filler']);
  });

  it('writes one batch per effective date, earliest first and numbered 1..n, when the debits have three dates', () => {
    const debits = [
      makeDebit({ individualId: 'C1', effectiveDate: isoDate('2026-03-09') }),
      makeDebit({ individualId: 'A1', effectiveDate: isoDate('2026-03-05') }),
      makeDebit({ individualId: 'C2', effectiveDate: isoDate('2026-03-09') }),
      makeDebit({ individualId: 'B1', effectiveDate: isoDate('2026-03-06') }),
    ];
    const records = recordsOf(nachaFileText(makeNachaFile(debits)));
    expect(typesOf(records)).toEqual(['1', '5', '6', '8', '5', '6', '8', '5', '6', '6', '8', '9', ...Array(8).fill('filler')]);
    const headers = records.filter((record) => record[0] === '5').map(fieldsOf);
    expect(headers.map((h) => [h.effectiveEntryDate, h.batchNumber])).toEqual([
      ['260305', '0000001'],
      ['260306', '0000002'],
      ['260309', '0000003'],
    ]);
    const controls = records.filter((record) => record[0] === '8').map(fieldsOf);
    expect(controls.map((c) => [c.entryAddendaCount, c.batchNumber])).toEqual([
      ['000001', '0000001'],
      ['000001', '0000002'],
      ['000002', '0000003'],
    ]);
    const ids = records.filter((record) => record[0] === '6').map((record) => fieldsOf(record).individualIdentification.trim());
    expect(ids).toEqual(['A1', 'B1', 'C1', 'C2']);
    expect(fieldsOf(records[11])).toMatchObject({ batchCount: '000003', entryAddendaCount: '00000004' });
  });

  it.each([
    [5, 9, 1, 1],
    [6, 10, 0, 1],
    [7, 11, 9, 2],
    [16, 20, 0, 2],
  ])('pads %d entries (%d records) with %d filler lines and counts %d blocks when the records do not fill a block', (entries, records, fillers, blocks) => {
    const debits = Array.from({ length: entries }, () => makeDebit());
    const lines = recordsOf(nachaFileText(makeNachaFile(debits)));
    expect(lines).toHaveLength(records + fillers);
    expect(lines.slice(records)).toEqual(Array(fillers).fill(FILLER));
    expect(lines[records - 1][0]).toBe('9');
    expect(fieldsOf(lines[records - 1]).blockCount).toBe(String(blocks).padStart(6, '0'));
  });

  it('adds the 8-digit RDFI numbers into the entry hash when the sum fits 10 digits', () => {
    const debits = [makeDebit({ routingNumber: '231380104' }), makeDebit({ routingNumber: '021000021' }), makeDebit({ routingNumber: '011000015' })];
    const records = recordsOf(nachaFileText(makeNachaFile(debits)));
    // 23138010 + 02100002 + 01100001
    expect(fieldsOf(records[5]).entryHash).toBe('0026338013');
    expect(fieldsOf(records[6]).entryHash).toBe('0026338013');
  });

  it('keeps the rightmost 10 digits of the entry hash when the sum of 101 RDFI numbers exceeds 10 digits', () => {
    const debits = Array.from({ length: 101 }, () => makeDebit({ routingNumber: '999999992' }));
    const records = recordsOf(nachaFileText(makeNachaFile(debits)));
    // 101 × 99,999,999 = 10,099,999,899
    expect(fieldsOf(records[103]).entryHash).toBe('0099999899');
    expect(fieldsOf(records[104]).entryHash).toBe('0099999899');
  });

  it('adds the batch hashes into the file hash and keeps 10 digits when two batches together exceed 10 digits', () => {
    const onDay = (day: string) => Array.from({ length: 60 }, () => makeDebit({ routingNumber: '999999992', effectiveDate: isoDate(day) }));
    const records = recordsOf(nachaFileText(makeNachaFile([...onDay('2026-03-05'), ...onDay('2026-03-06')])));
    const controls = records.filter((record) => record[0] === '8').map((record) => fieldsOf(record).entryHash);
    // 60 × 99,999,999 = 5,999,999,940 per batch; 11,999,999,880 for the file
    expect(controls).toEqual(['5999999940', '5999999940']);
    expect(fieldsOf(records.find((record) => record[0] === '9' && record !== FILLER) ?? '').entryHash).toBe('1999999880');
  });

  it('writes amounts and totals in whole cents when the amounts are sums of dollars like 0.1 + 0.2', () => {
    const debits = [makeDebit({ amount: 0.1 + 0.2 }), makeDebit({ amount: 19.99 }), makeDebit({ amount: 1234.5 })];
    const records = recordsOf(nachaFileText(makeNachaFile(debits)));
    expect(records.slice(2, 5).map((record) => fieldsOf(record).amount)).toEqual(['0000000030', '0000001999', '0000123450']);
    expect(fieldsOf(records[5])).toMatchObject({ totalDebitAmount: '000000125479', totalCreditAmount: '000000000000' });
    expect(fieldsOf(records[6])).toMatchObject({ totalDebitAmount: '000000125479', totalCreditAmount: '000000000000' });
  });

  it('writes transaction code 27 for a checking and 37 for a savings account when both are debited', () => {
    const records = recordsOf(nachaFileText(makeNachaFile([makeDebit({ accountType: 'Checking' }), makeDebit({ accountType: 'Savings' })])));
    expect([column(records[2], 2, 3), column(records[3], 2, 3)]).toEqual(['27', '37']);
    expect(column(records[1], 2, 4)).toBe('225');
  });

  it('writes names in upper-case ASCII cut to 22 when they hold accents or are long', () => {
    const names = ['Zoë Ñúñez', 'Jürgen Strauß', 'Maximiliane Åström-Wöhlk von Ørsted'];
    const records = recordsOf(nachaFileText(makeNachaFile(names.map((name) => makeDebit({ name })))));
    expect(records.slice(2, 5).map((record) => column(record, 55, 76))).toEqual(['ZOE NUNEZ             ', 'JUERGEN STRAUSS       ', 'MAXIMILIANE ASTROEM-WO']);
  });

  it('leaves the debits it was given unchanged when it writes them', () => {
    const debits = [makeDebit({ effectiveDate: isoDate('2026-03-06') }), makeDebit()];
    const before = structuredClone(debits);
    nachaFileText(makeNachaFile(debits));
    expect(debits).toEqual(before);
  });
});
