import type { ItemStatus, PlanItem } from '../model/planItem';
import { makeItem } from '../testing/itemBuilders';
import type { Action } from '../model/run';
import { planStatistics, roundCents } from './planStatistics';

const item = (action: Action, status: ItemStatus, amount: number | null): PlanItem => makeItem({ key: `${action}:${Math.random()}`, action, status, amount });

describe('planStatistics', () => {
  it('lists every status of every action of the run, zeros included', () => {
    const stats = planStatistics([], ['renew', 'drop']);
    expect(Object.keys(stats)).toEqual(['renew', 'drop']);
    expect(stats.renew?.excluded).toEqual({ count: 0, amount: 0 });
  });

  it('sums amounts to the cent and counts items without an amount', () => {
    const stats = planStatistics([item('renew', 'ready', 0.1), item('renew', 'ready', 0.2), item('activate', 'ready', null)], ['renew']);
    expect(stats.renew?.ready).toEqual({ count: 2, amount: 0.3 });
    expect(stats.activate?.ready).toEqual({ count: 1, amount: 0 });
  });
});

describe('roundCents', () => {
  it.each([
    [0.1 + 0.2, 0.3],
    [10.005, 10.01],
    [-1.234, -1.23],
  ])('rounds %p to %p', (input, expected) => {
    expect(roundCents(input)).toBe(expected);
  });
});
