import type { ItemStatus, PlanItem } from '../model/planItem';
import { makeItem } from '../testing/itemBuilders';
import { postingItems } from './postingItems';

const renew = (status: ItemStatus, id = 'A'): PlanItem => makeItem({ key: `renew:${id}`, action: 'renew', status });
const notice = (status: ItemStatus, id = 'A'): PlanItem => makeItem({ key: `notify:new:${id}`, action: 'notify', status, dependsOn: `renew:${id}` });
const keys = (items: PlanItem[]) => postingItems(items).map((i) => i.key);

describe('postingItems', () => {
  it.each<[ItemStatus, string[]]>([
    ['ready', ['renew:A']],
    ['warning', ['renew:A']],
    ['error', []],
    ['skipped', []],
    ['excluded', []],
  ])('posts an item only when it is ready or warning (%s)', (status, expected) => {
    expect(keys([renew(status)])).toEqual(expected);
  });

  it.each<[ItemStatus, string[]]>([
    ['ready', ['renew:A', 'notify:new:A']],
    ['warning', ['renew:A', 'notify:new:A']],
    ['error', []],
    ['excluded', []],
  ])('posts a notice on a new invoice only together with its renewal (renewal %s)', (status, expected) => {
    expect(keys([renew(status), notice('ready')])).toEqual(expected);
  });

  it('skips a notice whose renewal is not in the plan', () => {
    expect(keys([renew('ready', 'B'), notice('ready', 'A')])).toEqual(['renew:B']);
  });

  it('posts a renewal without its notice when the notice does not post', () => {
    expect(keys([renew('ready'), notice('excluded')])).toEqual(['renew:A']);
  });

  it('keeps plan order and does not change its input', () => {
    const items = Object.freeze([renew('ready', 'B'), renew('ready', 'A'), notice('ready', 'B'), notice('ready', 'A')]);
    expect(postingItems(items).map((i) => i.key)).toEqual(['renew:B', 'renew:A', 'notify:new:B', 'notify:new:A']);
  });
});
