import { roundCents } from './roundCents';

describe('roundCents', () => {
  it.each([
    [0.1 + 0.2, 0.3],
    [120, 120],
    [215.499, 215.5],
    [0.005, 0.01],
    [0, 0],
  ])('rounds %d to %d when given a sum of prices', (amount, rounded) => {
    expect(roundCents(amount)).toBe(rounded);
  });
});
