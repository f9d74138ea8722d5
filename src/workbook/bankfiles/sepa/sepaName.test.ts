import { sepaName, toSepaText } from './sepaName';

describe('toSepaText', () => {
  it.each([
    ['Zoë Ñúñez', 'Zoe Nunez'],
    ['Jürgen Groß', 'Juergen Gross'],
    ['ÄÖÜ äöü', 'AeOeUe aeoeue'],
    ['Søren Ærø', 'Soren AEro'],
    ['Łukasz Wałęsa', 'Lukasz Walesa'],
    ['François Céline-Dœuf', 'Francois Celine-Doeuf'],
    ['O’Brien & Sons', "O'Brien + Sons"],
    ['Lee, "Bo"', 'Lee, Bo'],
    ['Lee_Bo  \t Chan', 'Lee Bo Chan'],
    ['Ivan Петров', 'Ivan'],
  ])('writes %j as %j', (raw, sepa) => {
    expect(toSepaText(raw, 70)).toBe(sepa);
  });

  it('spells a decomposed umlaut like a precomposed one when the text arrives in NFD', () => {
    expect(toSepaText('Ju\u0308rgen', 70)).toBe('Juergen');
  });

  it('keeps every character of the SEPA set when the text is already SEPA text', () => {
    const all = "azAZ09/-?:().,'+ x";
    expect(toSepaText(all, 70)).toBe(all);
  });

  it('cuts to the maximum and drops the trailing space when the text is too long', () => {
    expect(toSepaText('Renewal 2027 – Gold', 13)).toBe('Renewal 2027');
    expect(toSepaText('ß'.repeat(50), 70)).toHaveLength(70);
  });
});

describe('sepaName', () => {
  it('writes the name as SEPA text of at most 70 characters', () => {
    expect(sepaName('Dbtr/Nm', `Zoë ${'Ñ'.repeat(100)}`)).toBe(`Zoe ${'N'.repeat(66)}`);
  });

  it('throws, naming the element, when nothing of the name is in the SEPA set', () => {
    expect(() => sepaName('Dbtr/Nm', 'Петров')).toThrow('Dbtr/Nm');
  });
});
