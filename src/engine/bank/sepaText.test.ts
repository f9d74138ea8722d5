import { isSepaIdentifier, SEPA_ID_PATTERN, toSepaText } from './sepaText';

describe('SEPA_ID_PATTERN', () => {
  it.each([
    ["AZaz09/-?:().,'+ ", true],
    ['A'.repeat(35), true],
    ['A'.repeat(36), false],
    ['', false],
    ['A|B', false], // the DK schema's class lets | through by accident
    ['A_B', false],
    ['Zoë', false],
  ])('matches %p: %p', (text, matches) => {
    expect(SEPA_ID_PATTERN.test(text)).toBe(matches);
  });
});

describe('isSepaIdentifier', () => {
  it.each(['INV-1001-1', 'MANDATE-2026/001', "M'1 (A) B:C?D.E,F+G", 'X', 'A'.repeat(35)])('accepts %p when it keeps to the set', (text) => {
    expect(isSepaIdentifier(text)).toBe(true);
  });

  it.each([
    ['/MANDATE-001', 'it starts with /'],
    ['MANDATE-001/', 'it ends with /'],
    ['MANDATE//001', 'it holds //'],
    ['MANDATE_001', 'it holds _'],
    ['MANDATE#1', 'it holds #'],
    ['Mandat-Müller', 'it holds ü'],
    ['A'.repeat(36), 'it has 36 characters'],
    ['', 'it is empty'],
  ])('refuses %p when %s', (text) => {
    expect(isSepaIdentifier(text)).toBe(false);
  });
});

describe('toSepaText', () => {
  it.each([
    ['Zoë Ñúñez', 70, 'Zoe Nunez'],
    ['Jürgen Groß', 70, 'Juergen Gross'],
    ['Smith & Söhne GmbH', 70, 'Smith + Soehne GmbH'],
    ['O’Brien–Smyth', 70, "O'Brien-Smyth"],
    ['ada@example.org; #7', 70, 'ada example.org 7'],
    ['Line one\nline\ttwo', 70, 'Line one line two'],
    ['  lots    of   space  ', 70, 'lots of space'],
    ['Иван Petrov', 70, 'Petrov'],
    ['Dues 2026 – 2027 (Gold) €120', 70, 'Dues 2026 - 2027 (Gold) 120'],
    ['Renewal 2026 – Gold', 10, 'Renewal 20'],
    ['Renewal Gold', 8, 'Renewal'], // a cut that ends on a space leaves none
    ['Anything', 0, ''],
  ])('writes %p in at most %p characters as %p', (text, max, expected) => {
    expect(toSepaText(text, max)).toBe(expected);
  });

  it('only ever writes characters of the set', () => {
    const all = Array.from({ length: 0x250 }, (_, i) => String.fromCharCode(i)).join('');
    expect(toSepaText(all, 10_000)).toMatch(/^[A-Za-z0-9/\-?:().,'+ ]*$/);
  });
});
