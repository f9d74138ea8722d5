import { isoDate } from '../../engine/dates/isoDate';
import { cellContext } from '../cells/testing/cellContext';
import { parseProcessedAtCell } from './parseProcessedAtCell';

const context = cellContext({ column: 'Processed At' });

describe('parseProcessedAtCell', () => {
  it.each([
    ['2026-03-08T06:59:00Z', '2026-03-08T06:59:00Z'],
    ['2026-03-08T01:59:00-05:00', '2026-03-08T06:59:00Z'],
    ['2026-03-08 12:59+0600', '2026-03-08T06:59:00Z'],
    ['2026-03-08T06:59:00.250z', '2026-03-08T06:59:00.250Z'],
  ])('reads the instant %s', (text, instant) => {
    expect(parseProcessedAtCell(text, context)).toEqual({ ok: true, value: { text, epochMs: Date.parse(instant), localDate: null } });
  });

  it('keeps an Excel serial as local time, its date part the day', () => {
    expect(parseProcessedAtCell(46000.5, context)).toEqual({ ok: true, value: { text: '2025-12-09T12:00', epochMs: null, localDate: isoDate('2025-12-09') } });
  });

  it.each([
    ['2026-03-08T06:59:00', 'has no time zone'],
    ['2026-03-08', 'has no time zone'],
    ['2026-02-30T06:59:00Z', 'is not a date and time'],
    ['2026-03-08T24:00:00Z', 'is not a date and time'],
    ['2026-03-08T06:59:00+15:00', 'is not a date and time'],
    ['46000.5', 'is not a date and time'],
    ['yesterday', 'is not a date and time'],
  ])('refuses %s', (text, message) => {
    const read = parseProcessedAtCell(text, context);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toContain(message);
  });

  it('refuses TRUE', () => {
    expect(parseProcessedAtCell(true, context).ok).toBe(false);
  });
});
