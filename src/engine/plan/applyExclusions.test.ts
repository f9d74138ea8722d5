import type { ItemStatus, PlanItem } from '../model/planItem';
import { makeItem } from '../testing/itemBuilders';
import { applyExclusions } from './applyExclusions';

const item = (key: string, status: ItemStatus): PlanItem => makeItem({ key, action: 'renew', status });

describe('applyExclusions', () => {
  it.each<[ItemStatus, ItemStatus]>([
    ['ready', 'excluded'],
    ['warning', 'excluded'],
    ['error', 'error'],
    ['skipped', 'skipped'],
  ])('turns a %s item into %s when staff exclude it', (from, to) => {
    expect(applyExclusions([item('renew:A', from)], new Set(['renew:A']))[0].status).toBe(to);
  });

  it('leaves items that are not excluded alone, and does not change its input', () => {
    const items = [item('renew:A', 'ready'), item('renew:B', 'ready')];
    const out = applyExclusions(items, new Set(['renew:B']));
    expect(out[0]).toBe(items[0]);
    expect(items[1].status).toBe('ready');
    expect(out[1]).toMatchObject({ status: 'excluded', reason: { code: 'EXCLUDED_BY_STAFF' } });
  });
});
