import { isoDate as d } from '../../../engine/dates/isoDate';
import { groupDebits } from './groupDebits';
import { sepaDebit } from './testing/sepaSamples';

describe('groupDebits', () => {
  it('groups by date then FRST before RCUR, keeping the input order within a group, when the input is scrambled', () => {
    const a = sepaDebit({ endToEndId: 'A', collectionDate: d('2026-12-09'), sequenceType: 'FRST' });
    const b = sepaDebit({ endToEndId: 'B', collectionDate: d('2026-12-02'), sequenceType: 'RCUR' });
    const c = sepaDebit({ endToEndId: 'C', collectionDate: d('2026-12-02'), sequenceType: 'FRST' });
    const e = sepaDebit({ endToEndId: 'E', collectionDate: d('2026-12-02'), sequenceType: 'RCUR' });
    const f = sepaDebit({ endToEndId: 'F', collectionDate: d('2026-12-01'), sequenceType: 'RCUR' });
    expect(groupDebits([a, b, c, e, f])).toEqual([
      { collectionDate: d('2026-12-01'), sequenceType: 'RCUR', debits: [f] },
      { collectionDate: d('2026-12-02'), sequenceType: 'FRST', debits: [c] },
      { collectionDate: d('2026-12-02'), sequenceType: 'RCUR', debits: [b, e] },
      { collectionDate: d('2026-12-09'), sequenceType: 'FRST', debits: [a] },
    ]);
  });

  it('returns no groups when there are no debits', () => {
    expect(groupDebits([])).toEqual([]);
  });

  it('leaves the list it is given unchanged', () => {
    const debits = [sepaDebit({ endToEndId: 'B', sequenceType: 'RCUR' }), sepaDebit({ endToEndId: 'A', sequenceType: 'FRST' })];
    const before = structuredClone(debits);
    groupDebits(debits);
    expect(debits).toEqual(before);
  });
});
