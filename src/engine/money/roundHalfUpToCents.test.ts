import { roundHalfUpToCents } from './roundHalfUpToCents';

describe('roundHalfUpToCents', () => {
  it.each([
    [0.005, 0.01],
    [1.005, 1.01],
    [1.015, 1.02],
    [2.675, 2.68],
    [10.005, 10.01],
    [1234.565, 1234.57],
    [0.004999, 0],
    [0.0049999999, 0],
    [96.0049, 96],
    [0.1 + 0.2, 0.3],
    [120 * (292 / 365), 96],
    [100, 100],
    [0, 0],
    [-0.005, -0.01],
    [-1.005, -1.01],
    [-0.001, 0],
  ])('rounds %p to %p', (amount, expected) => {
    expect(roundHalfUpToCents(amount)).toBe(expected);
  });

  it('never returns -0', () => {
    expect(Object.is(roundHalfUpToCents(-0.001), 0)).toBe(true);
  });
});
