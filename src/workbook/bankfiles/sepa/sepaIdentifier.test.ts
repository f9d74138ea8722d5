import { isSepaIdentifier } from './sepaIdentifier';

describe('isSepaIdentifier', () => {
  it.each(['INV-000003-1', "a-z A-Z 0-9 / - ? : ( ) . , ' +", 'x'.repeat(35)])('accepts %j', (id) => {
    expect(isSepaIdentifier(id)).toBe(true);
  });

  it.each(['', 'x'.repeat(36), 'INV_1', 'Zoë', 'a|b', 'a&b', 'line\nbreak'])('refuses %j', (id) => {
    expect(isSepaIdentifier(id)).toBe(false);
  });
});
