import { chartScale } from './chartScale';

describe('chartScale', () => {
  it('tops out at the largest week, rounded up to a gridline, when there is no spike', () => {
    expect(chartScale([3, 4, 5, 4])).toEqual({ top: 6, ticks: [0, 2, 4, 6], clipped: false });
    expect(chartScale([10, 20, 38, 30, 25])).toEqual({ top: 40, ticks: [0, 10, 20, 30, 40], clipped: false });
  });

  it('caps the scale below one spike, and says the spike is clipped', () => {
    const scale = chartScale([3, 4, 5, 4, 120, 0, 0]);
    expect(scale.top).toBe(8);
    expect(scale.clipped).toBe(true);
  });

  it('copes with no counts at all, and with a single week', () => {
    expect(chartScale([0, 0, 0])).toEqual({ top: 1, ticks: [0, 1], clipped: false });
    expect(chartScale([7])).toMatchObject({ top: 8, clipped: false });
  });
});
