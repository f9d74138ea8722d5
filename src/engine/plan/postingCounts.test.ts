import { makeItem } from '../testing/itemBuilders';
import { postingCounts } from './postingCounts';

describe('postingCounts', () => {
  it('counts and sums only the items that post, per action, when statuses are mixed', () => {
    const items = [
      makeItem({ key: 'renew:A', action: 'renew', status: 'ready', amount: 0.1 }),
      makeItem({ key: 'renew:B', action: 'renew', status: 'warning', amount: 0.2 }),
      makeItem({ key: 'renew:C', action: 'renew', status: 'error' }),
      makeItem({ key: 'drop:D', action: 'drop', status: 'excluded', amount: 50 }),
      makeItem({ key: 'activate:E', action: 'activate', status: 'ready' }),
    ];
    expect(postingCounts(items)).toEqual({ renew: { count: 2, amount: 0.3, amounts: {} }, activate: { count: 1, amount: 0, amounts: {} } });
  });

  it('sums per currency and has no plain amount when two currencies post', () => {
    const items = [
      makeItem({ key: 'renew:A', action: 'renew', status: 'ready', amount: 120, currency: 'USD' }),
      makeItem({ key: 'renew:B', action: 'renew', status: 'ready', amount: 90, currency: 'EUR' }),
      makeItem({ key: 'notify:C', action: 'notify', status: 'ready', amount: 60, currency: 'USD' }),
    ];
    expect(postingCounts(items)).toEqual({
      renew: { count: 2, amount: null, amounts: { USD: 120, EUR: 90 } },
      notify: { count: 1, amount: null, amounts: { USD: 60 } },
    });
  });

  it('keeps the plain amount when everything posted is in one currency', () => {
    const items = [
      makeItem({ key: 'renew:A', action: 'renew', status: 'ready', amount: 90, currency: 'EUR' }),
      makeItem({ key: 'renew:B', action: 'renew', status: 'error', amount: 120, currency: 'USD' }),
    ];
    expect(postingCounts(items)).toEqual({ renew: { count: 1, amount: 90, amounts: { EUR: 90 } } });
  });

  it('is empty when nothing posts', () => {
    expect(postingCounts([makeItem({ key: 'drop:D', action: 'drop', status: 'error', amount: 5 })])).toEqual({});
  });
});
