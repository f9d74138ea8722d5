import { addDays } from '../dates/localDate';
import { d } from '../testing/recordBuilders';
import { noticeIntervalDays } from './noticeIntervalDays';
import { noticeKind } from './noticeKind';

const DUE = d('2026-01-01');
const P = 60;
const INTERVAL = 30;
const options = { intervalDays: INTERVAL, dropAfterDays: P };
/** The D at which D + interval = Due Date + P. */
const FINAL_FROM = addDays(DUE, P - INTERVAL);

describe('noticeKind', () => {
  it.each([
    ['D + interval = Due + P − 1', -1, 'reminder'],
    ['D + interval = Due + P', 0, 'final'],
    ['D + interval = Due + P + 1', 1, 'final'],
  ])('is the kind of notice 2 when %s → %s', (_label, offset, expected) => {
    expect(noticeKind(2, DUE, addDays(FINAL_FROM, offset), options)).toBe(expected);
  });

  it('matches the worked example: due 2026-01-01, P 60, interval 30', () => {
    expect(noticeKind(2, DUE, d('2026-01-30'), options)).toBe('reminder');
    expect(noticeKind(2, DUE, d('2026-01-31'), options)).toBe('final');
  });

  it('is always first for notice number 1, even past the final line', () => {
    expect(noticeKind(1, DUE, addDays(FINAL_FROM, 100), options)).toBe('first');
  });

  it('is never final when the run has no Drop After Days', () => {
    expect(noticeKind(3, DUE, addDays(DUE, 1000), { intervalDays: INTERVAL, dropAfterDays: null })).toBe('reminder');
  });

  it('uses the interval it is given', () => {
    expect(noticeKind(2, DUE, addDays(DUE, 50), { intervalDays: 9, dropAfterDays: P })).toBe('reminder');
    expect(noticeKind(2, DUE, addDays(DUE, 50), { intervalDays: 10, dropAfterDays: P })).toBe('final');
  });
});

describe('noticeIntervalDays', () => {
  it('is 30 when the run leaves it blank', () => {
    expect(noticeIntervalDays({ noticeIntervalDays: null })).toBe(30);
  });

  it('is the run setting when set, including 0', () => {
    expect(noticeIntervalDays({ noticeIntervalDays: 14 })).toBe(14);
    expect(noticeIntervalDays({ noticeIntervalDays: 0 })).toBe(0);
  });
});
