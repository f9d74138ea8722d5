import type { ItemStatus, PlanItem } from '../model/planItem';
import { makeItem } from '../testing/itemBuilders';
import type { Action } from '../model/run';
import { planStatistics, roundCents, statisticsCurrencies } from './planStatistics';

const item = (action: Action, status: ItemStatus, amount: number | null, currency: string | null = null): PlanItem =>
  makeItem({ key: `${action}:${Math.random()}`, action, status, amount, currency });

describe('planStatistics', () => {
  it('lists every status of every action of the run, zeros included', () => {
    const stats = planStatistics([], ['renew', 'drop']);
    expect(Object.keys(stats)).toEqual(['renew', 'drop']);
    expect(stats.renew?.excluded).toEqual({ count: 0, amount: 0, amounts: {} });
  });

  it('sums amounts to the cent and counts items without an amount', () => {
    const stats = planStatistics([item('renew', 'ready', 0.1), item('renew', 'ready', 0.2), item('activate', 'ready', null)], ['renew']);
    expect(stats.renew?.ready).toEqual({ count: 2, amount: 0.3, amounts: {} });
    expect(stats.activate?.ready).toEqual({ count: 1, amount: 0, amounts: {} });
  });

  it('sums per currency and keeps the plain amount when the plan has one currency', () => {
    const stats = planStatistics([item('renew', 'ready', 0.1, 'EUR'), item('renew', 'ready', 0.2, 'EUR'), item('drop', 'ready', 5, 'EUR')], ['renew', 'drop']);
    expect(stats.renew?.ready).toEqual({ count: 2, amount: 0.3, amounts: { EUR: 0.3 } });
    expect(stats.drop?.ready).toEqual({ count: 1, amount: 5, amounts: { EUR: 5 } });
  });

  it('never adds two currencies: every amount is null when the plan has two, even in a one-currency cell', () => {
    const stats = planStatistics([item('renew', 'ready', 120, 'USD'), item('renew', 'ready', 90, 'EUR'), item('drop', 'ready', 60, 'USD')], ['renew', 'drop']);
    expect(stats.renew?.ready).toEqual({ count: 2, amount: null, amounts: { USD: 120, EUR: 90 } });
    expect(stats.drop?.ready).toEqual({ count: 1, amount: null, amounts: { USD: 60 } });
    expect(stats.drop?.error).toEqual({ count: 0, amount: null, amounts: {} });
    expect(statisticsCurrencies(stats)).toEqual(['USD', 'EUR']);
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
