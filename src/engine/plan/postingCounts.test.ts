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
    expect(postingCounts(items)).toEqual({ renew: { count: 2, amount: 0.3 }, activate: { count: 1, amount: 0 } });
  });

  it('is empty when nothing posts', () => {
    expect(postingCounts([makeItem({ key: 'drop:D', action: 'drop', status: 'error', amount: 5 })])).toEqual({});
  });
});
