import { sepaName } from './sepaName';

describe('sepaName', () => {
  it('writes the name as SEPA text of at most 70 characters', () => {
    expect(sepaName('Dbtr/Nm', `Zoë ${'Ñ'.repeat(100)}`)).toBe(`Zoe ${'N'.repeat(66)}`);
  });

  it('throws, naming the element, when nothing of the name is in the SEPA set', () => {
    expect(() => sepaName('Dbtr/Nm', 'Петров')).toThrow('Dbtr/Nm');
  });
});
