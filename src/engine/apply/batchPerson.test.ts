import { batchPerson, type ItemPerson } from './batchPerson';

const item = (over: Partial<ItemPerson>): ItemPerson => ({ memberId: 'M-1', name: null, email: null, ...over });

describe('batchPerson', () => {
  it('carries Member ID, Name and Email', () => {
    expect(batchPerson(item({ name: 'Ada', email: 'ada@x.org' }))).toEqual({ memberId: 'M-1', name: 'Ada', email: 'ada@x.org' });
  });

  it.each([
    ['absent', null, null],
    ['blank', '  ', null],
    ['padded', ' ada@x.org ', 'ada@x.org'],
  ])('writes an empty name as "" and an %s email as %p', (_name, email, expected) => {
    expect(batchPerson(item({ name: null, email }))).toEqual({ memberId: 'M-1', name: '', email: expected });
  });

  it('cannot be given an item without a Member ID (the item types rule it out)', () => {
    // @ts-expect-error -- a posting item always has its Member ID
    const person = batchPerson({ memberId: null, name: 'Ada', email: null });
    expect(person.name).toBe('Ada');
  });
});
