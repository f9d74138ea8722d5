import { isoDate } from '../../engine/dates/isoDate';
import { csvField, quoteCsvField } from './csvField';

describe('csvField', () => {
  it.each([
    [null, ''],
    [{ date: isoDate('2026-11-21') }, '2026-11-21'],
    [{ date: isoDate('1900-03-01') }, '1900-03-01'],
    [120, '120'],
    [12.5, '12.5'],
    [1234567.89, '1234567.89'],
    [-12.5, '-12.5'],
    [0, '0'],
    [1e21, '1000000000000000000000'],
    ['plain', 'plain'],
  ] as const)('writes %j as %j', (cell, text) => {
    expect(csvField(cell)).toBe(text);
  });

  it('never neutralises a negative number, which is data, not a formula', () => {
    expect(csvField(-120, { amount: true })).toBe('-120');
  });

  it('rounds an amount to cents when its float has a tail', () => {
    expect(csvField(0.1 + 0.2, { amount: true })).toBe('0.3');
    expect(csvField(0.1 + 0.2)).toBe('0.30000000000000004');
  });

  it('neutralises text first, then quotes it when the text needs quotes', () => {
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
    expect(csvField('-5')).toBe("'-5");
  });
});

describe('quoteCsvField', () => {
  it.each([
    ['Lee, Ann', '"Lee, Ann"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['cr\ronly', '"cr\ronly"'],
    ["O'Neil", "O'Neil"],
    ['semi;colon', 'semi;colon'],
  ])('quotes %j as %j', (text, quoted) => {
    expect(quoteCsvField(text)).toBe(quoted);
  });
});
