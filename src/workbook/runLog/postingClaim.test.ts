import { postingClaim, timestampMillis } from './postingClaim';

describe('timestampMillis', () => {
  it.each([
    ['2026-11-21T10:02:00Z', Date.UTC(2026, 10, 21, 10, 2)],
    ['2026-11-21T11:02:00+01:00', Date.UTC(2026, 10, 21, 10, 2)],
    ['2026-11-21T10:02', Date.UTC(2026, 10, 21, 10, 2)],
    ['2026-11-21 10:02', Date.UTC(2026, 10, 21, 10, 2)],
    ['2026-11-21', null],
    ['soon', null],
  ])('reads %p', (text, millis) => {
    expect(timestampMillis(text)).toBe(millis);
  });
});

describe('postingClaim', () => {
  const entry = { postingBy: 'pane:a', postingSince: '2026-11-21T10:02:00Z' };

  it('is fresh up to and including 15 minutes, stale after', () => {
    expect(postingClaim(entry, '2026-11-21T10:17:00Z').state).toBe('fresh');
    expect(postingClaim(entry, '2026-11-21T10:17:01Z').state).toBe('stale');
  });

  it('is unclaimed without Posting By or Since', () => {
    expect(postingClaim({ postingBy: '  ', postingSince: entry.postingSince }, '2026-11-21T10:03:00Z')).toEqual({ state: 'unclaimed' });
    expect(postingClaim({ postingBy: 'pane:a', postingSince: null }, '2026-11-21T10:03:00Z')).toEqual({ state: 'unclaimed' });
  });
});
