import { upperAscii } from './upperAscii';

describe('upperAscii', () => {
  it.each([
    ['Zoë Ñúñez', 'ZOE NUNEZ'],
    ['José Café', 'JOSE CAFE'],
    ['Strauß, Jürgen', 'STRAUSS, JURGEN'],
    ['Søren Ærø', 'SOREN AERO'],
    ['Łukasz Żółć', 'LUKASZ ZOLC'],
    ['Œuvre d’Art', "OEUVRE D'ART"],
    ['  Ann\t\nLee  ', 'ANN LEE'],
    ['Li 李 Wei', 'LI WEI'],
    ['o’neil-smith', "O'NEIL-SMITH"],
  ])('writes %p as %p when it holds letters outside ASCII', (name, written) => {
    expect(upperAscii(name)).toBe(written);
  });

  it('leaves every character within printable ASCII when given any text', () => {
    expect(upperAscii('Ça va? 😀 €10 — “ok” ½')).toMatch(/^[\x20-\x7e]*$/);
  });
});
