import { requireSepaIdentifier } from './sepaIdentifier';

describe('requireSepaIdentifier', () => {
  it('passes a SEPA identifier through when it is one', () => {
    expect(() => requireSepaIdentifier('EndToEndId', 'INV-000003-1')).not.toThrow();
  });

  it.each(['', 'x'.repeat(36), 'INV_1', 'Zoë', 'a|b', 'a&b'])('throws naming the element when the identifier is %j', (id) => {
    expect(() => requireSepaIdentifier('EndToEndId', id)).toThrow(/^EndToEndId is not a SEPA identifier/);
  });
});
