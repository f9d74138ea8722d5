import { formatExecutedAt } from './formatExecutedAt';

describe('formatExecutedAt', () => {
  it.each([
    ['UTC', '30 Nov 2026, 07:32'],
    ['Europe/Berlin', '30 Nov 2026, 08:32'],
    ['America/Chicago', '30 Nov 2026, 01:32'],
    ['Pacific/Auckland', '30 Nov 2026, 20:32'],
  ])("shows a post's UTC stamp as the date and time in %s", (zone, text) => {
    expect(formatExecutedAt('2026-11-30T07:32:15Z', zone)).toEqual({ text, dateTime: '2026-11-30T07:32:15Z' });
  });

  it('moves the date when the zone does', () => {
    expect(formatExecutedAt('2026-11-30T23:10:00Z', 'Europe/Berlin').text).toBe('1 Dec 2026, 00:10');
  });

  it('reads an offset, with or without its colon', () => {
    expect(formatExecutedAt('2026-11-30T08:32:15+01:00', 'UTC').text).toBe('30 Nov 2026, 07:32');
    expect(formatExecutedAt('2026-11-30T08:32:15+0100', 'UTC').text).toBe('30 Nov 2026, 07:32');
    expect(formatExecutedAt('2026-11-29T20:02:15-05:30', 'UTC').text).toBe('30 Nov 2026, 01:32');
  });

  it('shows a time without a zone as written, whatever the pane', () => {
    expect(formatExecutedAt('2026-03-01T09:00', 'Pacific/Auckland')).toEqual({ text: '1 Mar 2026, 09:00', dateTime: '2026-03-01T09:00' });
    expect(formatExecutedAt('2026-03-01 09:00:30')).toEqual({ text: '1 Mar 2026, 09:00', dateTime: '2026-03-01T09:00:30' });
  });

  it('shows what it cannot read as it is, with no machine time', () => {
    expect(formatExecutedAt('last Tuesday')).toEqual({ text: 'last Tuesday', dateTime: null });
    expect(formatExecutedAt('2026-13-45T99:00Z')).toEqual({ text: '2026-13-45T99:00Z', dateTime: null });
    expect(formatExecutedAt('2026-02-31T09:00')).toEqual({ text: '2026-02-31T09:00', dateTime: null });
  });
});
