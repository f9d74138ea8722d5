import { createItem, PlanItem } from '../model/planItem';
import { batchPerson } from './batchPerson';

const item = (over: Partial<PlanItem>) => createItem({ key: 'drop:M-1', action: 'drop', status: 'ready', memberId: 'M-1', ...over });

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

  it('throws when the item has no Member ID (a programming error)', () => {
    expect(() => batchPerson(item({ memberId: null }))).toThrow('Cannot post drop:M-1: its memberId is empty');
  });
});
