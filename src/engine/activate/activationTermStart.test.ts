import { d } from '../testing/recordBuilders';
import { activationTermStart } from './activationTermStart';

describe('activationTermStart', () => {
  it.each([
    ['the day before D', '2026-02-28', '2026-03-01'],
    ['D', '2026-03-01', '2026-03-01'],
    ['the day after D', '2026-03-02', '2026-03-02'],
    ['months before D', '2025-09-01', '2026-03-01'],
  ])('starts on the later of the Requested Start and D when the start requested is %s', (_when, requested, expected) => {
    expect(activationTermStart(d(requested), d('2026-03-01'))).toBe(d(expected));
  });

  it('starts on D when no start was requested', () => {
    expect(activationTermStart(null, d('2026-03-01'))).toBe(d('2026-03-01'));
  });
});
