import { formatIsoDate, isoDate } from '../engine/dates/isoDate';
import { findRun } from './findRun';
import { openBook } from './openBook';
import { parseAsOf, resolveAsOf, todayOf } from './resolveAsOf';
import { NOW, sampleHost } from './testing/sampleHost';

describe('resolveAsOf', () => {
  it('takes the date asked for when one is given', async () => {
    const book = await openBook(sampleHost());
    expect(formatIsoDate(resolveAsOf(book, findRun(book, 'NIGHTLY'), { asOf: isoDate('2026-12-01'), now: NOW }))).toBe('2026-12-01');
  });

  it("is today in the workbook's time zone when no run is concerned", async () => {
    const book = await openBook(sampleHost());
    // 03:00 UTC is still the evening before in Chicago, the sample's time zone.
    expect(formatIsoDate(resolveAsOf(book, null, { now: new Date('2026-11-22T03:00:00Z') }))).toBe('2026-11-21');
    expect(formatIsoDate(todayOf(book, new Date('2026-11-22T07:00:00Z')))).toBe('2026-11-22');
  });

  it("is a scheduled run's due occurrence when no date is given", async () => {
    const book = await openBook(sampleHost());
    expect(formatIsoDate(resolveAsOf(book, findRun(book, 'NIGHTLY'), { now: NOW }))).toBe('2026-11-21');
  });
});

describe('parseAsOf', () => {
  it('reads a real YYYY-MM-DD date', () => {
    expect(formatIsoDate(parseAsOf('2024-02-29'))).toBe('2024-02-29');
  });

  it.each(['2026-02-30', '21/11/2026', ''])('refuses BAD_DATE when the text is %p', (text) => {
    expect(() => parseAsOf(text)).toThrow(expect.objectContaining({ code: 'BAD_DATE', message: `'${text}' is not a date written YYYY-MM-DD.` }));
  });
});
