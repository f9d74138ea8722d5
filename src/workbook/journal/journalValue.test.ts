import { isoDate } from '../../engine/dates/isoDate';
import { fromJournalJson, holdsValue, toJournalJson } from './journalValue';

const nov21 = isoDate('2026-11-21');

describe('toJournalJson', () => {
  it.each([
    [null, null],
    ['=SUM(A1)', '=SUM(A1)'],
    [0, 0],
    [false, false],
    [{ date: nov21 }, { date: '2026-11-21' }],
    [{ error: '#N/A' }, { error: '#N/A' }],
    [new Date(Date.UTC(2026, 10, 21)), { date: '2026-11-21' }],
  ])('encodes %p', (cell, expected) => {
    expect(toJournalJson(cell)).toEqual(expected);
  });

  it('survives a JSON round trip with its type', () => {
    const values = [null, '0012', 12, true, { date: nov21 }];
    const back = (JSON.parse(JSON.stringify(values.map(toJournalJson))) as unknown[]).map(fromJournalJson);
    expect(back).toEqual(values);
  });
});

describe('fromJournalJson', () => {
  it.each([
    [{ error: '#N/A' }, '#N/A'],
    [{ date: '2024-02-29' }, { date: isoDate('2024-02-29') }],
  ])('decodes %p', (json, expected) => {
    expect(fromJournalJson(json)).toEqual(expected);
  });

  it.each([[{ date: '2026-02-30' }], [{ colour: 'red' }], [[1]], [undefined]])('refuses %p (an edited Journal)', (json) => {
    expect(fromJournalJson(json)).toBeUndefined();
  });
});

describe('holdsValue', () => {
  it.each([
    [46347, { date: nov21 }, true],
    [46348, { date: nov21 }, false],
    ['Open', 'Open', true],
    ['open', 'Open', false],
    [1, '1', false],
    [null, null, true],
    ['', null, true],
    [0, null, false],
  ])('says cell %p holds %p: %s', (cell, value, expected) => {
    expect(holdsValue(cell, value, false)).toBe(expected);
  });
});
